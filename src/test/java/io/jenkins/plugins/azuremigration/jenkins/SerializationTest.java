package io.jenkins.plugins.azuremigration.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.jenkins.common.AzureAccess;
import io.jenkins.plugins.azuremigration.jenkins.common.ProxySettings;
import io.jenkins.plugins.azuremigration.jenkins.common.ReturnShape;
import io.jenkins.plugins.azuremigration.jenkins.common.StageRequest;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveRunCallable;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveSource;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveStepExecution;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What crosses the agent channel (the callable and what it carries) and what Pipeline saves (a running step's
 * execution) survive Java serialization, and the saved execution holds no secret.
 */
class SerializationTest {
    private static final String CANARY = "client-secret-canary-91c4";

    private static byte[] bytes(Serializable value) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(value);
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes((Serializable) value)))) {
            return (T) in.readObject();
        }
    }

    private static StageRequest request() {
        return new StageRequest("azureMigrationCopy", EnumSet.of(Stage.COPY), false, false, null, List.of("web01"), 5,
                100, null, null, "tenant", "night", true, new StageRequest.Connection("azure-sp", null, "sas"));
    }

    @Test
    void aRunningStepsStateSurvivesARestartWithoutAnySecret() throws Exception {
        WaveStepExecution execution = new WaveStepExecution(null, WaveSource.of(null, Map.of("name", "wave-07")),
                request(), ReturnShape.MACHINES);

        WaveStepExecution restored = roundTrip(execution);

        assertThat(restored.getStatus()).isEqualTo("azureMigrationCopy of definition (inline wave): not running");
        assertThat(new String(bytes(execution), StandardCharsets.ISO_8859_1)).contains("azure-sp")
                .doesNotContain(CANARY);
    }

    @Test
    void theWorkSentToTheAgentCrossesTheChannelWithItsSecretsAndPrintsNone() throws Exception {
        AzureAccess access = AzureAccess.servicePrincipal("azure-sp", "app-id", CANARY)
                .withStorageSecret("sas", "sv=2024&sig=storage-canary")
                .withProxy(new ProxySettings("proxy.corp.example", 3128, "u", "proxy-canary", null));
        WaveRunCallable callable = new WaveRunCallable(WaveSource.of("w.yaml", null), request(), access,
                Map.of("WAVE", "07"), () -> new PrintStream(new ByteArrayOutputStream()), "wave-07#3 azureMigrationCopy");

        WaveRunCallable restored = roundTrip(callable);
        AzureAccess crossed = roundTrip(access);

        assertThat(restored.toString()).isEqualTo("azureMigrationCopy of w.yaml");
        assertThat(crossed.secretValues()).containsExactly(CANARY, "sv=2024&sig=storage-canary", "proxy-canary");
        assertThat(crossed.storageSecret().source()).as("storage errors name the storage credential")
                .isEqualTo("credentials sas");
        assertThat(crossed.toString()).isEqualTo("service principal app-id (secret, credentials azure-sp); storage "
                + "secret from credentials sas; proxy proxy.corp.example:3128 as u, direct: 169.254.169.254|localhost|127.0.0.1")
                .doesNotContain(CANARY).doesNotContain("canary");
    }
}
