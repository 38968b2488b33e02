package io.jenkins.plugins.azuremigration.cli;

import java.io.IOException;
import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.fixtures.arm.ArmDemoLandscape;
import io.jenkins.plugins.azuremigration.fixtures.arm.LoggedRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wave agents} and {@code wave roles [--dry-run] [--revoke]} against the HTTPS ARM simulator. */
class ControlPlaneCommandsTest {
    @TempDir
    Path dir;

    /** Validation looks at local sources: the disks this class's waves name must exist, as a real wave's do. */
    @BeforeEach
    void writeTheDisksTheWavesName() throws IOException {
        DiskImages.fixedVhds(dir, "disks/web01.vhd");
    }

    private ArmDemoLandscape landscape;
    private Path wave;
    private Path token;
    private Path certificate;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void startSimulator() throws Exception {
        landscape = ArmDemoLandscape.start();
        certificate = dir.resolve("arm.pem");
        landscape.simulator().writeCertificatePem(certificate);
        token = Files.writeString(dir.resolve("token"), "test-token\n");
        wave = Files.writeString(dir.resolve("wave.yaml"), """
                name: wave-cli
                azure:
                  resourceManagerEndpoint: %s
                agents:
                  list:
                    - name: %s
                      storageMover: %s
                      arcMachine: %s
                      targetContainer: %s/blobServices/default/containers/vhds
                roles:
                  vault: %s
                  storageAccounts:
                    - %s
                storage:
                  connectionString: UseDevelopmentStorage=true
                machines:
                  - name: web01
                    disks:
                      - source: disks/web01.vhd
                        target: http://127.0.0.1:10000/devstoreaccount1/vhds/web01.vhd
                """.formatted(landscape.simulator().baseUrl(), last(ArmDemoLandscape.agentIds().get(0)),
                ArmDemoLandscape.storageMoverId(), ArmDemoLandscape.arcMachineIds().get(0),
                ArmDemoLandscape.cacheAccountId(), ArmDemoLandscape.vaultId(), ArmDemoLandscape.cacheAccountId()));
    }

    @AfterEach
    void stopSimulator() {
        landscape.close();
    }

    @Test
    void agentsAndRolesRunTwiceWritingOnceThenRevoke() throws Exception {
        assertThat(run("agents")).as(err.toString()).isEqualTo(ExitCode.PASSED);
        assertThat(out.toString()).contains("[agents] passed: 1 agent(s) healthy");

        assertThat(run("roles", "--dry-run")).isEqualTo(ExitCode.PASSED);
        assertThat(landscape.simulator().requests().writeCount()).isZero();
        assertThat(out.toString()).contains("3 assignment(s) planned (dry run)");

        assertThat(run("roles")).isEqualTo(ExitCode.PASSED);
        assertThat(landscape.simulator().roleAssignments()).hasSize(3);
        long mark = landscape.simulator().requests().mark();
        assertThat(run("roles")).isEqualTo(ExitCode.PASSED);
        assertThat(landscape.simulator().requests().since(mark)).noneMatch(LoggedRequest::isWrite);

        assertThat(run("roles", "--revoke")).isEqualTo(ExitCode.PASSED);
        assertThat(landscape.simulator().roleAssignments()).isEmpty();
        String report = Files.readString(dir.resolve("out/wave-report.json"));
        assertThat(report).contains("REVOKED").containsPattern("\"simulated\" *: *true");
    }

    @Test
    void anUnreadableCertificateIsBadInput() throws Exception {
        Files.writeString(certificate, "not a certificate");
        assertThat(run("agents")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("is not a readable PEM certificate");
    }

    private int run(String command, String... options) {
        String[] args = new String[options.length + 8];
        args[0] = command;
        System.arraycopy(options, 0, args, 1, options.length);
        int i = options.length + 1;
        args[i++] = wave.toString();
        args[i++] = "--out";
        args[i++] = dir.resolve("out").toString();
        args[i++] = "--access-token-file";
        args[i++] = token.toString();
        args[i++] = "--arm-ca";
        args[i++] = certificate.toString();
        return WaveCli.run(new PrintWriter(out, true), new PrintWriter(err, true), java.util.Arrays.copyOf(args, i));
    }

    private static String last(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }
}
