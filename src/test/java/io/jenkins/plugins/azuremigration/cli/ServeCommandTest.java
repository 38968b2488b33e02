package io.jenkins.plugins.azuremigration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.storage.blob.BlobServiceClientBuilder;
import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import io.jenkins.plugins.azuremigration.fixtures.DemoWave;
import io.jenkins.plugins.azuremigration.fixtures.ProjectHome;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArmDemoLandscape;
import io.jenkins.plugins.azuremigration.jenkins.common.AgentSideProbe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * {@code wave serve} as an administrator runs it, in a process of its own: the services answer on 127.0.0.1 with
 * exactly the values it prints; a JVM started as the printed agent settings say runs a Pipeline step's agent side
 * (no credentialsId) through every stage against them; SIGTERM stops it and every process it started.
 */
class ServeCommandTest {
    private static final Duration STARTUP = Duration.ofSeconds(120);

    @TempDir
    Path dir;
    @TempDir
    Path workspace;

    private Process serve;
    private final List<String> output = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServe() throws InterruptedException {
        if (serve != null && serve.isAlive()) {
            List<ProcessHandle> children = serve.descendants().toList();
            serve.destroyForcibly();
            serve.waitFor(30, TimeUnit.SECONDS);
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void servesUntilSigtermWithThePrintedSettingsAndAStepsAgentSideRunsEveryStageAgainstThem() throws Exception {
        Path folder = dir.resolve("jenkins-check");
        serve = java(List.of(), List.of(), WaveCli.class.getName(), "serve", "--dir", folder.toString())
                .redirectError(dir.resolve("serve.err").toFile()).start();
        awaitLine("Serving until Ctrl-C (or SIGTERM).");
        String printed = String.join("\n", output);

        String blobEndpoint = find(printed, "storage: Azurite on (http://127\\.0\\.0\\.1:\\d+/devstoreaccount1)");
        String dnsServer = find(printed, "dnsServer: +(127\\.0\\.0\\.1:\\d+)");
        String arm = find(printed, "ARM endpoint: +(https://127\\.0\\.0\\.1:\\d+/) ");
        Path ca = Path.of(find(printed, "ARM CA certificate \\(PEM\\): +(\\S+)"));
        Path waveFile = Path.of(find(printed, "wave file \\(WAVE_FILE, freestyle \"Wave file\"\\): (\\S+)"));
        String connectionString = find(printed, "\\n {4}(DefaultEndpointsProtocol=\\S+)");
        String identityEndpoint = find(printed, "IDENTITY_ENDPOINT=(http://127\\.0\\.0\\.1:\\d+/msi/token)");
        String trustStore = find(printed, "-Djavax\\.net\\.ssl\\.trustStore=(\\S+)");
        Path jenkinsfile = Path.of(find(printed, "Pipeline script: +(\\S+)"));

        assertThat(printed).contains("24 machines, 33 disks, 2 agents; valid.")
                .contains("ID wave-demo-storage (bound as " + DemoWave.STORAGE_VARIABLE)
                .contains("IDENTITY_HEADER=wave-serve-local")
                .contains("-Djavax.net.ssl.trustStorePassword=changeit");
        assertThat(connectionString).contains("BlobEndpoint=" + blobEndpoint + ";");
        assertThat(waveFile).isAbsolute().startsWith(folder).isRegularFile();
        assertThat(Files.readString(waveFile)).contains("resourceManagerEndpoint: " + arm)
                .contains("server: " + dnsServer);
        assertThat(Files.readString(jenkinsfile)).contains("defaultValue: '" + waveFile + "'")
                .contains("dnsServer: '" + dnsServer + "'")
                .contains(DemoWave.STORAGE_VARIABLE + " = credentials('wave-demo-storage')")
                .doesNotContain(AzuriteServer.ACCOUNT_KEY);
        assertThat(folder.resolve("wave/disks/web01-os.vhd")).exists();
        assertThat(Files.readString(folder.resolve("wave/demo-wave-freestyle.yaml"))).doesNotContain("${env:")
                .contains("accountUrl: " + blobEndpoint);

        // the printed connection string opens Azurite
        assertThat(new BlobServiceClientBuilder().connectionString(connectionString)
                .httpClient(new JdkHttpClientBuilder().build()).buildClient().getAccountInfo().getAccountKind())
                .isNotNull();
        // the printed CA file is what the ARM simulator serves, and the simulator holds the demo landscape
        HttpResponse<String> mover = HttpClient.newBuilder().sslContext(TrustedCertificate.sslContext(ca)).build()
                .send(HttpRequest.newBuilder(URI.create(arm + ArmDemoLandscape.storageMoverId().substring(1)
                        + "?api-version=2023-10-01")).header("Authorization", "Bearer any").build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(mover.statusCode()).as(mover.body()).isEqualTo(200);
        // the printed DNS server answers a private-link name through its CNAME with the private IP
        assertThat(resolve(dnsServer, DemoWave.CACHE_ACCOUNT_FQDN)).containsExactly(DemoWave.CACHE_ACCOUNT_IP);

        // an agent JVM with the printed environment and JVM options: the step's own sign-in and TLS, no test hooks
        Process agent = java(List.of("IDENTITY_ENDPOINT=" + identityEndpoint, "IDENTITY_HEADER=wave-serve-local"),
                List.of("-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword=changeit"),
                AgentSideProbe.class.getName(), workspace.toString(), waveFile.toString(), DemoWave.STORAGE_VARIABLE,
                connectionString).redirectErrorStream(true).start();
        String agentOutput = new String(agent.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(agent.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(agentOutput).contains("stage agents PASSED", "stage dns PASSED", "stage roles PASSED",
                "stage copy PASSED");
        assertThat(agent.exitValue()).as(agentOutput).isZero();
        assertThat(workspace.resolve("wave-reports/wave-report.html")).isNotEmptyFile();

        List<ProcessHandle> started = serve.descendants().toList();
        assertThat(started).as("Azurite and dnsmasq run as children of serve").hasSizeGreaterThanOrEqualTo(2);
        serve.toHandle().destroy(); // SIGTERM; Process.destroy would also close our end of its output
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve ends on SIGTERM").isTrue();
        awaitLine("Stopped.");
        assertThat(started).noneMatch(ProcessHandle::isAlive);
        for (String address : List.of(blobEndpoint.replaceAll("^http://|/devstoreaccount1$", ""), dnsServer,
                arm.replaceAll("^https://|/$", ""), identityEndpoint.replaceAll("^http://|/msi/token$", ""))) {
            assertThat(listening(address)).as(address + " stopped").isFalse();
        }
    }

    /** This test's JVM and class path, so the child runs exactly the code under test. */
    private ProcessBuilder java(List<String> environment, List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dwave.home=" + ProjectHome.get()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        for (String variable : environment) {
            builder.environment().put(variable.substring(0, variable.indexOf('=')),
                    variable.substring(variable.indexOf('=') + 1));
        }
        return builder;
    }

    private void awaitLine(String line) throws IOException, InterruptedException {
        if (output.isEmpty()) {
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    in.lines().forEach(output::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    output.add("(output ended: " + e.getMessage() + ")");
                }
            }, "serve-output");
            reader.setDaemon(true);
            reader.start();
        }
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!output.contains(line)) {
            assertThat(System.nanoTime()).as("waiting for '" + line + "'; printed so far:\n" + String.join("\n", output)
                    + "\nstderr:\n" + Files.readString(dir.resolve("serve.err"))).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("'" + regex + "' in:\n" + text).isTrue();
        return matcher.group(1);
    }

    private static List<String> resolve(String server, String fqdn) throws IOException {
        SimpleResolver resolver = new SimpleResolver("127.0.0.1");
        resolver.setPort(Integer.parseInt(server.substring(server.indexOf(':') + 1)));
        resolver.setTimeout(Duration.ofSeconds(5));
        Message answer = resolver.send(Message.newQuery(Record.newRecord(Name.fromString(fqdn + "."), Type.A, DClass.IN)));
        return answer.getSection(Section.ANSWER).stream().filter(ARecord.class::isInstance)
                .map(r -> ((ARecord) r).getAddress().getHostAddress()).toList();
    }

    private static boolean listening(String hostAndPort) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(hostAndPort.split(":")[1])), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
