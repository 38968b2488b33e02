package io.jenkins.plugins.azuremigration.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The guard itself, asked directly: no packet is sent either way. */
class LoopbackOnlyGuardTest {
    @Test
    void isInstalledAndRefusesEverythingButLoopback() {
        SecurityManager guard = System.getSecurityManager();
        assertThat(guard).isInstanceOf(LoopbackOnlyGuard.LoopbackOnly.class);

        assertThatThrownBy(() -> guard.checkConnect("169.254.169.254", 80)).isInstanceOf(SecurityException.class)
                .hasMessageContaining("Tests talk only to 127.0.0.1");
        assertThatThrownBy(() -> guard.checkConnect("management.azure.com", -1)).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> guard.checkConnect("10.20.1.4", 443)).isInstanceOf(SecurityException.class);
        assertThatCode(() -> guard.checkConnect("127.0.0.1", 10000)).doesNotThrowAnyException();
        assertThatCode(() -> guard.checkConnect("localhost", 53)).doesNotThrowAnyException();
        assertThatCode(() -> guard.checkConnect("::1", 53)).doesNotThrowAnyException();
    }
}
