package io.jenkins.plugins.azuremigration.jenkins.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.ProxyOptions;
import org.junit.jupiter.api.Test;

/** Jenkins' proxy form (host, port, user, password, no-proxy list) as azure-core's ProxyOptions. */
class ProxySettingsTest {
    @Test
    void mapsEveryJenkinsFieldWithoutResolvingTheProxyHere() {
        ProxySettings jenkins = new ProxySettings("proxy.corp.example", 3128, "svc-jenkins", "pr0xy-pass",
                "*.privatelink.blob.core.windows.net\nlocalhost, 10.*");

        ProxyOptions options = jenkins.toProxyOptions();

        assertThat(options.getType()).isEqualTo(ProxyOptions.Type.HTTP);
        assertThat(options.getAddress().isUnresolved()).isTrue();
        assertThat(options.getAddress().getHostString()).isEqualTo("proxy.corp.example");
        assertThat(options.getAddress().getPort()).isEqualTo(3128);
        assertThat(options.getUsername()).isEqualTo("svc-jenkins");
        assertThat(options.getPassword()).isEqualTo("pr0xy-pass");
        java.util.regex.Pattern direct = java.util.regex.Pattern.compile(options.getNonProxyHosts());
        assertThat(direct.matcher("mig07.privatelink.blob.core.windows.net").matches()).isTrue();
        assertThat(direct.matcher("localhost").matches()).isTrue();
        assertThat(direct.matcher("10.1.2.3").matches()).isTrue();
        assertThat(direct.matcher("management.azure.com").matches()).isFalse();
        assertThat(direct.matcher("mig07.blob.core.windows.net").matches()).isFalse();
        assertThat(direct.matcher("169.254.169.254").matches()).as("managed identity (IMDS)").isTrue();
        assertThat(jenkins.toString()).doesNotContain("pr0xy-pass");
    }

    @Test
    void withoutUserOrExceptionsOnlyTheAddressAndTheLocalIdentityEndpoints() {
        ProxyOptions options = new ProxySettings("10.0.0.8", 8080, "", "ignored", "  ").toProxyOptions();
        assertThat(options.getUsername()).isNull();
        java.util.regex.Pattern direct = java.util.regex.Pattern.compile(options.getNonProxyHosts());
        assertThat(direct.matcher("169.254.169.254").matches()).as("IMDS never through the proxy").isTrue();
        assertThat(direct.matcher("localhost").matches()).as("Azure Arc's identity endpoint").isTrue();
        assertThat(direct.matcher("management.azure.com").matches()).isFalse();
        assertThatThrownBy(() -> new ProxySettings("p", 0, null, null, null)).hasMessageContaining("port");
    }
}
