package io.jenkins.plugins.azuremigration.cli;

import com.azure.core.credential.AccessToken;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import io.jenkins.plugins.azuremigration.engine.azure.ArmClient;
import io.jenkins.plugins.azuremigration.engine.azure.ArmOptions;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import io.jenkins.plugins.azuremigration.engine.wave.WaveValidationException;
import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import io.jenkins.plugins.azuremigration.fixtures.DemoWave;
import io.jenkins.plugins.azuremigration.fixtures.DnsmasqServer;
import io.jenkins.plugins.azuremigration.fixtures.arm.ArmDemoLandscape;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import reactor.core.publisher.Mono;

/**
 * The demo's local services, shared by {@code wave demo} (one run, then stop) and {@code wave serve} (kept running
 * for a Jenkins agent): Azurite (storage), dnsmasq answering the demo's private-link names, and the Azure Resource
 * Manager simulator holding the demo landscape, all on 127.0.0.1, with their data under one folder.
 */
final class DemoServices implements AutoCloseable {
    private final AzuriteServer azurite;
    private final DnsmasqServer dns;
    private final ArmDemoLandscape landscape;

    private DemoServices(AzuriteServer azurite, DnsmasqServer dns, ArmDemoLandscape landscape) {
        this.azurite = azurite;
        this.dns = dns;
        this.landscape = landscape;
    }

    /** Starts the three services with their data in {@code dataDir}; whatever started is stopped if one fails. */
    static DemoServices start(Path dataDir) throws IOException, InterruptedException {
        AzuriteServer azurite = AzuriteServer.start(dataDir.resolve("azurite"));
        DnsmasqServer dns = null;
        try {
            dns = DnsmasqServer.start(dataDir.resolve("dns"), DemoWave.dnsZone());
            return new DemoServices(azurite, dns, ArmDemoLandscape.start());
        } catch (IOException | RuntimeException e) {
            if (dns != null) {
                dns.close();
            }
            azurite.close();
            throw e;
        }
    }

    AzuriteServer azurite() {
        return azurite;
    }

    DnsmasqServer dns() {
        return dns;
    }

    ArmDemoLandscape landscape() {
        return landscape;
    }

    /** One line per service, the simulator labelled as such: nobody should mistake it for Azure. */
    void describe(PrintWriter console) {
        console.println("  storage: " + azurite + " (Azure Storage emulator)");
        console.println("  DNS:     " + dns + " (answers the demo's private-link names)");
        console.println("  ARM:     " + landscape.simulator().baseUrl() + " (LOCAL SIMULATOR of Azure Resource"
                + " Manager, not Azure)");
    }

    /** Writes the demo wave, machine list and sparse disks into {@code dir}, pointing at these services. */
    Path writeWave(Path dir) throws IOException {
        return DemoWave.write(dir, azurite.blobEndpoint(), dns.address(), landscape.simulator().baseUrl());
    }

    /** Parses a wave written by {@link #writeWave} with the storage variable set to Azurite's connection string. */
    Wave parse(Path waveFile) throws IOException, WaveValidationException {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put(DemoWave.STORAGE_VARIABLE, azurite.connectionString());
        return WaveParser.parse(waveFile, environment::get);
    }

    static String describe(Wave wave, Path waveFile) {
        return "Wave " + wave.name() + " (" + waveFile + "): " + wave.machines().size() + " machines, "
                + wave.diskCount() + " disks, " + wave.agents().agents().size() + " agents; valid.";
    }

    /** The simulator accepts any bearer token and serves its own certificate, which only this client trusts. */
    ArmClient simulatorClient() throws GeneralSecurityException, IOException {
        return ArmClient.create(ArmOptions.builder(request -> Mono.just(new AccessToken("demo-token",
                OffsetDateTime.now().plusHours(1)))).endpoint(landscape.simulator().baseUri())
                .httpClient(new JdkHttpClientBuilder(HttpClient.newBuilder().sslContext(landscape.simulator().sslContext()))
                        .build()).build());
    }

    /** Empties {@code folder}: each run starts from a clean slate (new disks, empty emulator, no checkpoint). */
    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    /** Stops all three, in reverse order of start; each is stopped even if another one's stop is interrupted. */
    @Override
    public void close() throws InterruptedException {
        landscape.close();
        try {
            dns.close();
        } finally {
            azurite.close();
        }
    }
}
