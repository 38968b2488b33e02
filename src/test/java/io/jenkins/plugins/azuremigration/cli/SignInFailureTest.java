package io.jenkins.plugins.azuremigration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import io.jenkins.plugins.azuremigration.fixtures.LocalManagedIdentityEndpoint;
import io.jenkins.plugins.azuremigration.fixtures.ProjectHome;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArmDemoLandscape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A credential that cannot produce a token, or a token ARM refuses, ends {@code wave agents} at once with exit code 3
 * and the credential's own reason: asking again gives the same answer, so it is never retried like a dropped
 * connection. Run end to end: {@code WaveCli} in a child JVM (as {@code bin/wave} starts it) against the HTTPS ARM
 * simulator.
 */
class SignInFailureTest {
    /** What the defect report asks for: a broken credential must not hold a night's run for minutes. */
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private ArmDemoLandscape landscape;
    private Path wave;
    private Path certificate;

    @BeforeEach
    void startSimulator() throws Exception {
        landscape = ArmDemoLandscape.start();
        certificate = landscape.simulator().writeCertificatePem(dir.resolve("arm.pem"));
        DiskImages.fixedVhds(dir, "disks/web01.vhd"); // the wave is valid: only the sign-in fails
        String agent = ArmDemoLandscape.agentIds().get(0);
        wave = Files.writeString(dir.resolve("wave.yaml"), """
                name: wave-sign-in
                azure:
                  resourceManagerEndpoint: %s
                agents:
                  list:
                    - name: %s
                      storageMover: %s
                      arcMachine: %s
                storage:
                  connectionString: UseDevelopmentStorage=true
                machines:
                  - name: web01
                    disks:
                      - source: disks/web01.vhd
                        target: http://127.0.0.1:10000/devstoreaccount1/vhds/web01.vhd
                """.formatted(landscape.simulator().baseUrl(), agent.substring(agent.lastIndexOf('/') + 1),
                ArmDemoLandscape.storageMoverId(), ArmDemoLandscape.arcMachineIds().get(0)));
    }

    @AfterEach
    void stopSimulator() {
        landscape.close();
    }

    @Test
    void anEmptyAccessTokenFileEndsWithExitCode3AtOnce() throws Exception {
        Path empty = Files.writeString(dir.resolve("token"), "\n");

        Result result = wave(Map.of(), "agents", wave.toString(), "--out", dir.resolve("out").toString(),
                "--access-token-file", empty.toString(), "--arm-ca", certificate.toString());

        assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(result.output()).contains("could not sign in to Azure").contains(empty + " is empty");
        assertThat(landscape.simulator().requests().all()).as("no request without a token").isEmpty();
    }

    @Test
    void aManagedIdentityThatRefusesEndsWithExitCode3AtOnce() throws Exception {
        try (LocalManagedIdentityEndpoint identity = LocalManagedIdentityEndpoint.start()) {
            // the endpoint answers 401 to a wrong X-IDENTITY-HEADER, as App Service's does
            Result result = wave(Map.of("IDENTITY_ENDPOINT", identity.url(), "IDENTITY_HEADER", "not-the-header"),
                    "agents", wave.toString(), "--out", dir.resolve("out").toString(), "--arm-ca",
                    certificate.toString());

            assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.ENVIRONMENT);
            assertThat(result.output()).contains("could not sign in to Azure");
            assertThat(identity.tokensIssued()).isZero();
            assertThat(landscape.simulator().requests().all()).isEmpty();
        }
    }

    @Test
    void anUntrustedArmCertificateEndsWithExitCode3AtOnceNamingTheCure() throws Exception {
        Path token = Files.writeString(dir.resolve("token"), "a-token\n");

        // no --arm-ca: the simulator's self-signed certificate meets the JVM's default trust
        Result result = wave(Map.of(), "agents", wave.toString(), "--out", dir.resolve("out").toString(),
                "--access-token-file", token.toString());

        assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(result.output()).contains("is not trusted by this JVM").contains("--arm-ca")
                .doesNotContain("a-token\n");
        assertThat(result.elapsed()).as("not retried like a dropped connection").isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aTokenArmRefusesEndsWithExitCode3AndArmsReason() throws Exception {
        landscape.simulator().requireToken("the-only-good-token");
        Path token = Files.writeString(dir.resolve("token"), "a-token-arm-does-not-accept\n");

        Result result = wave(Map.of(), "agents", wave.toString(), "--out", dir.resolve("out").toString(),
                "--access-token-file", token.toString(), "--arm-ca", certificate.toString());

        assertThat(result.exitCode()).as(result.output()).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(result.output()).contains("InvalidAuthenticationToken").doesNotContain("a-token-arm-does-not-accept");
        // the first try and the one after a fresh token (the token policy's 401 rule): no backoff retries
        assertThat(landscape.simulator().requests().count(r -> r.status() == 401)).isEqualTo(2);
    }

    private record Result(int exitCode, String output, Duration elapsed) {
    }

    /** Runs {@code wave ARGS} in a child JVM with a clean Azure environment; fails when it outlives {@link #LIMIT}. */
    private Result wave(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dwave.home=" + ProjectHome.get(), "-cp", System.getProperty("java.class.path"),
                WaveCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("wave.log").toFile());
        // nothing of the machine's own sign-in may take part: no AZURE_* variables, no az login in a home of its own
        builder.environment().keySet().removeIf(name -> name.startsWith("AZURE_") || name.startsWith("IDENTITY_")
                || name.startsWith("MSI_"));
        builder.environment().put("HOME", dir.toString());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        boolean ended = process.waitFor(LIMIT.toMillis() + 20_000, TimeUnit.MILLISECONDS);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(dir.resolve("wave.log"), StandardCharsets.UTF_8);
        System.out.printf("wave %s: exit %s after %.1f s (JVM start included):%n%s%n", args[0],
                ended ? process.exitValue() : "(none)", elapsed.toMillis() / 1000.0, output.strip());
        assertThat(ended).as("ended within %s; output:%n%s", LIMIT.plusSeconds(20), output).isTrue();
        assertThat(elapsed).as(output).isLessThan(LIMIT);
        return new Result(process.exitValue(), output, elapsed);
    }
}
