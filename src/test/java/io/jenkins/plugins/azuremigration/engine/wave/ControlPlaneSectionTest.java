package io.jenkins.plugins.azuremigration.engine.wave;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlPlaneSectionTest {
    private static final String SUB = "/subscriptions/3f2c7a4e-5b1d-4c8e-9a6f-0e1d2c3b4a59/resourceGroups/rg-migration";

    @TempDir
    Path dir;

    /** Validation looks at local sources: the disks this class's waves name must exist, as a real wave's do. */
    @BeforeEach
    void writeTheDisksTheWavesName() throws IOException {
        DiskImages.fixedVhds(dir, "disks/web01-os.vhd");
    }

    @Test
    void readsAgentsRolesAndTheArmEndpoint() throws Exception {
        Wave wave = WaveParser.parse(write("""
                azure:
                  tenantId: 72f988bf-86f1-41af-91ab-2d7cd011db47
                  resourceManagerEndpoint: https://127.0.0.1:8443/
                agents:
                  adopt: true
                  waitMinutes: 15
                  list:
                    - name: agent-01
                      storageMover: %1$s/providers/Microsoft.StorageMover/storageMovers/mover-wave07
                      arcMachine: %1$s/providers/Microsoft.HybridCompute/machines/agent-vm-01
                      targetContainer: %1$s/providers/Microsoft.Storage/storageAccounts/migtarget01/blobServices/default/containers/vhds
                roles:
                  vault: %1$s/providers/Microsoft.RecoveryServices/vaults/rsv-wave07
                  storageAccounts:
                    - %1$s/providers/Microsoft.Storage/storageAccounts/migcache01
                """.formatted(SUB)), Map.<String, String>of()::get);

        assertThat(wave.azure().tenantId()).isEqualTo("72f988bf-86f1-41af-91ab-2d7cd011db47");
        assertThat(wave.azure().resourceManagerEndpoint()).hasToString("https://127.0.0.1:8443/");
        assertThat(wave.agents().adopt()).isTrue();
        assertThat(wave.agents().waitMinutes()).isEqualTo(15);
        AgentSpec agent = wave.agents().agents().get(0);
        assertThat(agent.resourceId()).isEqualTo(SUB + "/providers/Microsoft.StorageMover/storageMovers/mover-wave07/agents/agent-01");
        assertThat(agent.targetContainer()).endsWith("/containers/vhds");
        assertThat(wave.roles().vault()).endsWith("/vaults/rsv-wave07");
        assertThat(wave.roles().storageAccounts()).singleElement().asString().endsWith("/storageAccounts/migcache01");
    }

    @Test
    void wrongIdsAndPlainHttpAreReportedWhereTheyAre() throws Exception {
        List<String> problems = WaveParser.validate(write("""
                azure:
                  resourceManagerEndpoint: http://127.0.0.1:8080/
                agents:
                  adopt: yes-please
                  list:
                    - name: agent-01
                      storageMover: %1$s/providers/Microsoft.Storage/storageAccounts/oops
                      arcMachine: %1$s/providers/Microsoft.HybridCompute/machines/agent-vm-01
                roles:
                  vault: %1$s/providers/Microsoft.RecoveryServices/vaults/rsv-wave07
                """.formatted(SUB)), "wave.yaml", Map.<String, String>of()::get).problems().stream()
                .map(WaveProblem::toString).toList();

        assertThat(problems).contains(
                "wave.yaml:2:28: azure.resourceManagerEndpoint: must be an https:// URL (tokens never travel over plain http)",
                "wave.yaml:4:10: agents.adopt: must be true or false, was 'yes-please'",
                "wave.yaml:10:10: roles.storageAccounts: the vault needs the cache or replication storage accounts it writes to");
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("wave.yaml:7:21: agents.list[0].storageMover: must be a"
                + " resource id /subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.StorageMover/"));
    }

    private Path write(String controlPlane) throws Exception {
        return Files.writeString(dir.resolve("wave.yaml"), controlPlane + """
                name: wave-07
                storage:
                  connectionString: UseDevelopmentStorage=true
                machines:
                  - name: web01
                    disks:
                      - source: disks/web01-os.vhd
                        target: http://127.0.0.1:10000/devstoreaccount1/vhds/web01-os.vhd
                """);
    }
}
