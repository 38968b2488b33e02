package io.jenkins.plugins.azuremigration.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.jenkins.agents.AgentsStep;
import io.jenkins.plugins.azuremigration.jenkins.common.StageRequest;
import io.jenkins.plugins.azuremigration.jenkins.copy.CopyStep;
import io.jenkins.plugins.azuremigration.jenkins.freestyle.WaveBuilder;
import io.jenkins.plugins.azuremigration.jenkins.freestyle.WaveBuilderAccess;
import io.jenkins.plugins.azuremigration.jenkins.roles.RolesStep;
import io.jenkins.plugins.azuremigration.jenkins.wave.WaveStep;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each step's parameters, as a Pipeline script or the form sets them, onto the request the engine runs. */
class StepParametersTest {
    @Test
    void agentsStepRunsTheAgentsStageOnlyWithItsConnection() {
        AgentsStep step = new AgentsStep();
        step.setWave("waves/wave-07.yaml");
        step.setCredentialsId("azure-sp");
        step.setTenantId(" 11111111-2222-3333-4444-555555555555 ");
        step.setCloud("AzureUSGovernment");
        step.setUnstableOnFailure(true);

        StageRequest request = step.request();

        assertThat(request.step()).isEqualTo("azureMigrationAgents");
        assertThat(request.stages()).containsExactly(Stage.AGENTS);
        assertThat(request.connection()).isEqualTo(new StageRequest.Connection("azure-sp", null, null));
        assertThat(request.tenantId()).isEqualTo("11111111-2222-3333-4444-555555555555");
        assertThat(request.cloud()).isEqualTo("AzureUSGovernment");
        assertThat(request.unstableOnFailure()).isTrue();
        assertThat(request.out()).isEqualTo("wave-reports");
        assertThat(step.source().toString()).isEqualTo("waves/wave-07.yaml");
    }

    @Test
    void rolesStepCarriesRevokeAndDryRun() {
        RolesStep step = new RolesStep();
        step.setDefinition(Map.of("name", "wave-07"));
        step.setRevoke(true);
        step.setDryRun(true);

        StageRequest request = step.request();

        assertThat(request.stages()).containsExactly(Stage.ROLES);
        assertThat(request.revoke()).isTrue();
        assertThat(request.dryRun()).isTrue();
        assertThat(step.source().isInline()).isTrue();
    }

    @Test
    void copyStepOverridesOnlyWhatItIsGiven() {
        CopyStep step = new CopyStep();
        step.setWave("w.yaml");
        assertThat(step.request().batchSize()).as("0 keeps the wave's").isZero();
        assertThat(step.request().capMbps()).as("-1 keeps the wave's").isEqualTo(-1);
        assertThat(step.request().stopAt()).isNull();

        step.setMachines(List.of("web01", "db01"));
        step.setBatchSize(5);
        step.setCapMbps(0);
        step.setStopAt("05:30");
        step.setStorageCredentialsId("wave-07-sas");
        step.setClientId("app-id");
        step.setOut("reports/copy");

        StageRequest request = step.request();

        assertThat(request.stages()).containsExactly(Stage.COPY);
        assertThat(request.machines()).containsExactly("web01", "db01");
        assertThat(request.batchSize()).isEqualTo(5);
        assertThat(request.capMbps()).isZero();
        assertThat(request.stopAt()).isEqualTo(LocalTime.of(5, 30));
        assertThat(request.connection()).isEqualTo(new StageRequest.Connection(null, "app-id", "wave-07-sas"));
        assertThat(request.journal()).isEqualTo("reports/copy/copy-journal.log");
    }

    @Test
    void waveStepRunsAllStagesByDefaultOrTheNamedOnes() {
        WaveStep step = new WaveStep();
        step.setWave("w.yaml");
        assertThat(step.request().stages()).containsExactly(Stage.AGENTS, Stage.DNS, Stage.ROLES, Stage.COPY);

        step.setStages(List.of("dns", "copy"));
        step.setDnsServer("10.0.0.53:53");
        step.setDryRun(true);
        assertThat(step.request().stages()).containsExactly(Stage.DNS, Stage.COPY);
        assertThat(step.request().dnsServer()).isEqualTo("10.0.0.53:53");

        step.setStages(List.of("dns", "replicate"));
        assertThatThrownBy(step::request).hasMessageStartingWith("stages: unknown [replicate]");
        step.setBatchSize(12);
        step.setStages(List.of());
        assertThatThrownBy(step::request).hasMessageStartingWith("batchSize: must be 1 to 10");
    }

    @Test
    void aStepNeedsExactlyOneWave() {
        CopyStep neither = new CopyStep();
        assertThatThrownBy(neither::source).hasMessageContaining("give wave:");
        CopyStep both = new CopyStep();
        both.setWave("w.yaml");
        both.setDefinition(Map.of("name", "x"));
        assertThatThrownBy(both::source).hasMessageContaining("not both");
    }

    @Test
    void freestyleFormFieldsExpandJobParametersAndRefuseNonNumbersByName() {
        WaveBuilder builder = new WaveBuilder("waves/${WAVE}.yaml");
        builder.setRunAgents(false);
        builder.setRunRoles(false);
        builder.setBatchSize("${BATCH}");
        builder.setCapMbps("");
        builder.setStopAt("05:30");
        builder.setCredentialsId("azure-sp");
        StageRequest request = WaveBuilderAccess.request(builder, text -> "${BATCH}".equals(text) ? "4" : text);

        assertThat(request.step()).isEqualTo("runAzureMigrationWave");
        assertThat(request.stages()).containsExactly(Stage.DNS, Stage.COPY);
        assertThat(request.batchSize()).isEqualTo(4);
        assertThat(request.capMbps()).as("empty keeps the wave's").isEqualTo(-1);
        assertThat(request.stopAt()).isEqualTo(LocalTime.of(5, 30));
        assertThat(request.connection().credentialsId()).isEqualTo("azure-sp");

        builder.setBatchSize("ten");
        assertThatThrownBy(() -> WaveBuilderAccess.request(builder, text -> text))
                .hasMessage("batchSize: 'ten' is not a whole number");
        builder.setBatchSize("");
        builder.setRunDns(false);
        builder.setRunCopy(false);
        assertThatThrownBy(() -> WaveBuilderAccess.request(builder, text -> text)).hasMessageStartingWith("stages:");
    }
}
