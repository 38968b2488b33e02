import com.azure.core.util.Context;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.BlobType;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.blob.models.PageRangeItem;
import com.azure.storage.blob.options.ListPageRangesOptions;
import com.azure.storage.common.sas.AccountSasPermission;
import com.azure.storage.common.sas.AccountSasResourceType;
import com.azure.storage.common.sas.AccountSasService;
import com.azure.storage.common.sas.AccountSasSignatureValues;
import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import io.jenkins.plugins.azuremigration.fixtures.SparseVhd;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The copy benchmark's helper (bench/copy/run.sh runs it with the JDK's source launcher on the test class path):
 * makes the source disks, a SAS for AzCopy, containers, reads what landed in Azurite, and kills a copier mid-way.
 *
 * <pre>
 * vhd FILE DATA_MIB FRACTION SEED     sparse fixed VHD: FRACTION of its 4 MiB chunks hold data; prints counts
 * nonzero FILE                        non-zero 512-byte pages x 512 (what a perfect sparse copier writes)
 * sas PORT                            an account SAS for Azurite's dev account (no leading '?')
 * container PORT NAME                 creates a container (fresh)
 * written PORT CONTAINER              sum of page ranges (page blobs) or sizes (block blobs) in CONTAINER
 * kill-at PID journal FILE BYTES      SIGKILL PID once the journal's chunk lines sum to BYTES
 * kill-at PID ranges PORT CONTAINER BYTES   SIGKILL PID once the container's page ranges sum to BYTES
 * </pre>
 */
public final class CopyBench {
    private static final int CHUNK = 4 << 20;
    private static final int PAGE = 512;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "vhd" -> vhd(Path.of(args[1]), Long.parseLong(args[2]) << 20, Double.parseDouble(args[3]),
                    Long.parseLong(args[4]));
            case "nonzero" -> System.out.println(nonZero(Path.of(args[1])));
            case "sas" -> System.out.println(sas(Integer.parseInt(args[1])));
            case "container" -> service(Integer.parseInt(args[1])).getBlobContainerClient(args[2]).createIfNotExists();
            case "written" -> System.out.println(written(Integer.parseInt(args[1]), args[2]));
            case "kill-at" -> killAt(args);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    /**
     * A fixed VHD of DATA bytes + footer. A seeded FRACTION of the 4 MiB chunks hold data: half of them full, half
     * holding one run of 64 KiB .. 4 MiB at a random 512-aligned place (so finer splitting of a chunk can pay off).
     */
    static void vhd(Path file, long dataSize, double fraction, long seed) throws IOException {
        Random random = new Random(seed);
        SparseVhd vhd = SparseVhd.ofDataSize(dataSize).seed(seed);
        long chunks = dataSize / CHUNK;
        long dataChunks = 0;
        long dataBytes = 0;
        for (long c = 0; c < chunks; c++) {
            if (random.nextDouble() >= fraction) {
                continue;
            }
            dataChunks++;
            long start = (long) c * CHUNK;
            if (random.nextBoolean()) {
                vhd.data(start, CHUNK);
                dataBytes += CHUNK;
            } else {
                int pages = CHUNK / PAGE;
                int length = (128 + random.nextInt(pages - 128 + 1)); // 64 KiB .. 4 MiB, in pages
                int offset = random.nextInt(pages - length + 1);
                vhd.data(start + (long) offset * PAGE, (long) length * PAGE);
                dataBytes += (long) length * PAGE;
            }
        }
        vhd.writeTo(file);
        System.out.println("chunks=" + (chunks + 1) + " dataChunks=" + dataChunks + " dataBytes=" + dataBytes
                + " fileSize=" + (dataSize + 512));
    }

    static long nonZero(Path file) throws IOException {
        long total = 0;
        byte[] zeros = new byte[CHUNK];
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            for (long at = 0; at < size; at += CHUNK) {
                buffer.clear().limit((int) Math.min(CHUNK, size - at));
                while (buffer.hasRemaining() && channel.read(buffer, at + buffer.position()) >= 0) {
                    // fill
                }
                int n = buffer.position();
                byte[] b = buffer.array();
                if (Arrays.mismatch(b, 0, n, zeros, 0, n) < 0) {
                    continue;
                }
                for (int p = 0; p < n; p += PAGE) {
                    int len = Math.min(PAGE, n - p);
                    if (Arrays.mismatch(b, p, p + len, zeros, 0, len) >= 0) {
                        total += len;
                    }
                }
            }
        }
        return total;
    }

    static BlobServiceClient service(int port) {
        String endpoint = "http://127.0.0.1:" + port + "/" + AzuriteServer.ACCOUNT;
        return new BlobServiceClientBuilder().connectionString("DefaultEndpointsProtocol=http;AccountName="
                + AzuriteServer.ACCOUNT + ";AccountKey=" + AzuriteServer.ACCOUNT_KEY + ";BlobEndpoint=" + endpoint + ";")
                .buildClient();
    }

    static String sas(int port) {
        AccountSasSignatureValues values = new AccountSasSignatureValues(OffsetDateTime.now().plusDays(1),
                AccountSasPermission.parse("rwdlacup"), AccountSasService.parse("b"),
                AccountSasResourceType.parse("sco"));
        return service(port).generateAccountSas(values);
    }

    /** Bytes the service holds: page ranges of page blobs, sizes of block blobs, summed over the container. */
    static String written(int port, String container) {
        BlobContainerClient client = service(port).getBlobContainerClient(container);
        long pages = 0;
        long blocks = 0;
        long length = 0;
        int blobs = 0;
        for (BlobItem item : client.listBlobs(new ListBlobsOptions(), null)) {
            blobs++;
            length += item.getProperties().getContentLength();
            if (item.getProperties().getBlobType() == BlobType.PAGE_BLOB) {
                pages += pageRanges(client, item.getName());
            } else {
                blocks += item.getProperties().getContentLength();
            }
        }
        return "blobs=" + blobs + " pageBytes=" + pages + " blockBytes=" + blocks + " length=" + length;
    }

    static long pageRanges(BlobContainerClient client, String blob) {
        long total = 0;
        for (PageRangeItem item : client.getBlobClient(blob).getPageBlobClient()
                .listPageRanges(new ListPageRangesOptions(new BlobRange(0)), null, Context.NONE)) {
            if (!item.isClear()) {
                total += item.getRange().getLength();
            }
        }
        return total;
    }

    static void killAt(String[] args) throws Exception {
        long pid = Long.parseLong(args[1]);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        boolean journal = args[2].equals("journal");
        long threshold = Long.parseLong(args[journal ? 4 : 5]);
        BlobContainerClient container = journal ? null : service(Integer.parseInt(args[3])).getBlobContainerClient(args[4]);
        long seen = 0;
        while (process.isAlive()) {
            seen = journal ? journalBytes(Path.of(args[3])) : containerPages(container);
            if (seen >= threshold) {
                new ProcessBuilder("kill", "-9", String.valueOf(pid)).inheritIO().start().waitFor();
                System.out.println("killed=" + pid + " at=" + seen);
                return;
            }
            Thread.sleep(journal ? 20 : 50);
        }
        System.out.println("finished-before-kill at=" + seen);
    }

    static long journalBytes(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        long total = 0;
        List<String> lines = Files.readAllLines(file);
        for (String line : lines) {
            String[] w = line.split(" ");
            if (w.length == 4 && w[0].equals("chunk")) {
                total += Long.parseLong(w[3]);
            }
        }
        return total;
    }

    static long containerPages(BlobContainerClient container) {
        long total = 0;
        try {
            for (BlobItem item : container.listBlobs()) {
                if (item.getProperties().getBlobType() == BlobType.PAGE_BLOB) {
                    total += pageRanges(container, item.getName());
                }
            }
        } catch (RuntimeException e) {
            // the blob is being created
        }
        return total;
    }
}
