package io.jenkins.plugins.azuremigration.engine.copy;

import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.PageRangeItem;
import com.azure.storage.blob.options.ListPageRangesOptions;
import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import io.jenkins.plugins.azuremigration.engine.wave.BlobType;
import io.jenkins.plugins.azuremigration.engine.wave.CopyMode;
import io.jenkins.plugins.azuremigration.engine.wave.CopySettings;
import io.jenkins.plugins.azuremigration.engine.wave.Disk;
import io.jenkins.plugins.azuremigration.engine.wave.DiskSource;
import io.jenkins.plugins.azuremigration.engine.wave.DnsSettings;
import io.jenkins.plugins.azuremigration.engine.wave.Machine;
import io.jenkins.plugins.azuremigration.engine.wave.SecretValue;
import io.jenkins.plugins.azuremigration.engine.wave.SourcePosition;
import io.jenkins.plugins.azuremigration.engine.wave.StorageSettings;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds waves against one Azurite and reads back what landed there, independently of the engine. */
final class CopyTestSupport {
    static final long MIB = 1024 * 1024;
    private static final AtomicInteger CONTAINERS = new AtomicInteger();

    private final AzuriteServer azurite;
    private final String endpoint;
    private final String container;

    CopyTestSupport(AzuriteServer azurite) {
        this(azurite, azurite.blobEndpoint());
    }

    /** Targets go to {@code endpoint} (e.g. a fault-injecting proxy in front of Azurite). */
    CopyTestSupport(AzuriteServer azurite, String endpoint) {
        this.azurite = azurite;
        this.endpoint = endpoint;
        this.container = "c" + ProcessHandle.current().pid() + "-" + CONTAINERS.incrementAndGet();
    }

    URI target(String blob) {
        return URI.create(endpoint + "/" + container + "/" + blob);
    }

    Disk disk(Path source, String blob, BlobType type) {
        return new Disk(DiskSource.local(source.toString()), target(blob), type, new SourcePosition("test", 1, 1));
    }

    static Machine machine(String name, Disk... disks) {
        return new Machine(name, List.of(disks), java.util.Map.of(), null, new SourcePosition("test", 1, 1));
    }

    Wave wave(Path folder, int batchSize, CopyMode mode, List<Machine> machines) {
        StorageSettings storage = new StorageSettings(new SecretValue("env:TEST", connectionString()), null, null);
        return new Wave("test-wave", AzureCloud.AZURE_PUBLIC_CLOUD, storage, DnsSettings.systemResolver(), machines,
                new CopySettings(batchSize, mode, 16, 0, null), folder.resolve("wave.yaml"));
    }

    String connectionString() {
        return azurite.connectionString().replace(azurite.blobEndpoint(), endpoint);
    }

    static RetryPolicy quickRetries(int attempts) {
        return new RetryPolicy(attempts, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(30));
    }

    /** The blob's bytes, read straight from Azurite. */
    byte[] download(String blob) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        blobClient(blob).downloadStream(out);
        return out.toByteArray();
    }

    List<ByteRange> pageRanges(String blob) {
        List<ByteRange> ranges = new ArrayList<>();
        for (PageRangeItem item : blobClient(blob).getPageBlobClient().listPageRanges(new ListPageRangesOptions(new com.azure.storage.blob.models.BlobRange(0)),
                null, null)) {
            ranges.add(new ByteRange(item.getRange().getOffset(), item.getRange().getLength()));
        }
        return ByteRange.merge(ranges);
    }

    boolean exists(String blob) {
        return blobClient(blob).exists();
    }

    BlobClient blobClient(String blob) {
        BlobServiceClient service = new BlobServiceClientBuilder().connectionString(azurite.connectionString())
                .httpClient(BlobTargets.defaultHttpClient()).buildClient();
        return service.getBlobContainerClient(container).getBlobClient(blob);
    }
}
