package io.jenkins.plugins.azuremigration.jenkins.common;

import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import io.jenkins.plugins.azuremigration.engine.wave.Machine;
import io.jenkins.plugins.azuremigration.engine.wave.SecretValue;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step parameters onto the engine's wave model: what each one changes, and what it refuses. */
class WaveOverridesTest {
    private Wave wave;

    @BeforeEach
    void parse(@TempDir Path dir) throws Exception {
        DiskImages.fixedVhds(dir, "web01.vhd", "app01.vhd", "db01.vhd"); // validation looks at local sources
        Path file = dir.resolve("wave.yaml");
        Files.writeString(file, """
                name: wave-07
                azure:
                  tenantId: 00000000-0000-0000-0000-000000000001
                storage:
                  accountUrl: https://mig07.blob.core.windows.net
                copy:
                  batchSize: 4
                  capMbps: 200
                  stopAt: "06:00"
                machines:
                  - name: web01
                    disks: [{source: web01.vhd, target: "https://mig07.blob.core.windows.net/vhds/web01.vhd"}]
                  - name: DB01
                    disks: [{source: db01.vhd, target: "https://mig07.blob.core.windows.net/vhds/db01.vhd"}]
                  - name: app01
                    disks: [{source: app01.vhd, target: "https://mig07.blob.core.windows.net/vhds/app01.vhd"}]
                """);
        wave = WaveParser.parse(file, name -> null);
    }

    private static StageRequest request(List<String> machines, int batchSize, int capMbps, LocalTime stopAt,
            String cloud, String tenant) {
        return new StageRequest("azureMigrationCopy", EnumSet.of(Stage.COPY), false, false, null, machines, batchSize,
                capMbps, stopAt, cloud, tenant, null, false, new StageRequest.Connection(null, null, null));
    }

    @Test
    void defaultsKeepTheWavesValues() {
        Wave same = WaveOverrides.apply(wave, request(List.of(), 0, -1, null, null, null), null);

        assertThat(same.copy()).isEqualTo(wave.copy());
        assertThat(same.machines()).isEqualTo(wave.machines());
        assertThat(same.cloud()).isEqualTo(wave.cloud());
        assertThat(same.azure()).isEqualTo(wave.azure());
        assertThat(same.storage()).isEqualTo(wave.storage());
    }

    @Test
    void eachParameterReplacesItsWaveSetting() {
        Wave changed = WaveOverrides.apply(wave, request(List.of("db01", "WEB01"), 2, 0, LocalTime.of(5, 30),
                "AzureUSGovernment", "tenant-b"), null);

        assertThat(changed.machines()).extracting(Machine::name).containsExactly("web01", "DB01");
        assertThat(changed.copy().batchSize()).isEqualTo(2);
        assertThat(changed.copy().capMbps()).isZero();
        assertThat(changed.copy().stopAt()).isEqualTo(LocalTime.of(5, 30));
        assertThat(changed.copy().mode()).isEqualTo(wave.copy().mode());
        assertThat(changed.cloud()).isEqualTo(AzureCloud.AZURE_US_GOVERNMENT);
        assertThat(changed.azure().tenantId()).isEqualTo("tenant-b");
    }

    @Test
    void unknownMachinesAndCloudsAreNamed() {
        assertThatThrownBy(() -> WaveOverrides.apply(wave, request(List.of("web01", "web99"), 0, -1, null, null, null),
                null)).hasMessage("machines: [web99] not in wave wave-07 (it has app01, DB01, web01)");
        assertThatThrownBy(() -> WaveOverrides.apply(wave, request(List.of(), 0, -1, null, "AzureGermany", null),
                null)).hasMessageStartingWith("cloud: unknown cloud 'AzureGermany'; use AzurePublicCloud");
    }

    @Test
    void aStorageCredentialIsAConnectionStringOrASasForTheWavesAccount() {
        String connection = "DefaultEndpointsProtocol=https;AccountName=mig07;AccountKey=a2V5;EndpointSuffix=core.windows.net";
        Wave withKey = WaveOverrides.apply(wave, request(List.of(), 0, -1, null, null, null),
                new SecretValue("credentials storage", connection));
        assertThat(withKey.storage().connectionString().reveal()).isEqualTo(connection);
        assertThat(withKey.storage().accountUrl()).isNull();

        Wave withSas = WaveOverrides.apply(wave, request(List.of(), 0, -1, null, null, null),
                new SecretValue("credentials sas", "sv=2024-01-01&sp=rcw&sig=c2ln"));
        assertThat(withSas.storage().accountUrl()).isEqualTo("https://mig07.blob.core.windows.net");
        assertThat(withSas.storage().sas().reveal()).endsWith("sig=c2ln");

        assertThatThrownBy(() -> WaveOverrides.apply(wave, request(List.of(), 0, -1, null, null, null),
                new SecretValue("credentials oops", "hunter2-not-a-storage-secret")))
                .hasMessage("storageCredentialsId: credentials oops holds neither a storage connection string "
                        + "(AccountName=...) nor a SAS token (...&sig=...)")
                .hasMessageNotContaining("hunter2");
    }
}
