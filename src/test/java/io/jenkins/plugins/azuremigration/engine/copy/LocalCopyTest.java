package io.jenkins.plugins.azuremigration.engine.copy;

import static io.jenkins.plugins.azuremigration.engine.copy.CopyTestSupport.MIB;
import static io.jenkins.plugins.azuremigration.engine.copy.CopyTestSupport.machine;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.wave.BlobType;
import io.jenkins.plugins.azuremigration.engine.wave.CopyMode;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import io.jenkins.plugins.azuremigration.fixtures.SparseVhd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local disks to a real Azurite: sparse page blobs and block blobs, byte for byte. */
class LocalCopyTest {
    private static AzuriteServer azurite;

    @TempDir
    static Path azuriteData;

    @TempDir
    Path dir;

    private CopyTestSupport storage;

    @BeforeAll
    static void startAzurite() throws Exception {
        azurite = AzuriteServer.start(azuriteData);
    }

    @AfterAll
    static void stopAzurite() throws Exception {
        azurite.close();
    }

    @Test
    void sparseVhdPatternsArriveByteForByteAndEmptyPagesAreNeverSent() throws Exception {
        storage = new CopyTestSupport(azurite);
        Path allZero = SparseVhd.ofDataSize(8 * MIB).writeTo(dir.resolve("zero.vhd"));
        Path allData = SparseVhd.ofDataSize(8 * MIB).seed(2).data(0, 8 * MIB).writeTo(dir.resolve("full.vhd"));
        Path atTheEnd = SparseVhd.ofDataSize(16 * MIB).seed(3).data(16 * MIB - 512, 512).writeTo(dir.resolve("end.vhd"));
        Path partialLastChunk = SparseVhd.ofDataSize(9 * MIB + 4096).seed(4).data(MIB, 4096).data(9 * MIB, 4096)
                .writeTo(dir.resolve("partial.vhd"));

        CopyReport report = copy(List.of(
                machine("zero", storage.disk(allZero, "zero.vhd", BlobType.PAGE)),
                machine("full", storage.disk(allData, "full.vhd", BlobType.PAGE)),
                machine("end", storage.disk(atTheEnd, "end.vhd", BlobType.PAGE)),
                machine("partial", storage.disk(partialLastChunk, "partial.vhd", BlobType.PAGE))), 10);

        assertThat(report.machines()).allSatisfy(m -> assertThat(m.status()).as(m.error()).isEqualTo(CopyStatus.SUCCEEDED));
        for (String name : List.of("zero", "full", "end", "partial")) {
            assertThat(storage.download(name + ".vhd")).as(name).isEqualTo(Files.readAllBytes(dir.resolve(name + ".vhd")));
        }
        // only the footer of the empty disk is data; every other byte was skipped
        DiskResult zero = report.machines().get(0).disks().get(0);
        assertThat(zero.bytesSent()).isEqualTo(512);
        assertThat(zero.bytesSkipped()).isEqualTo(8 * MIB);
        assertThat(storage.pageRanges("zero.vhd")).containsExactly(new ByteRange(8 * MIB, 512));
        DiskResult full = report.machines().get(1).disks().get(0);
        assertThat(full.bytesSent()).isEqualTo(8 * MIB + 512);
        assertThat(full.bytesSkipped()).isZero();
        // the data at the very end and the footer touch: one range
        assertThat(storage.pageRanges("end.vhd")).containsExactly(new ByteRange(16 * MIB - 512, 1024));
        DiskResult partial = report.machines().get(3).disks().get(0);
        assertThat(partial.bytesSent()).isEqualTo(4096 + 4096 + 512);
        assertThat(storage.pageRanges("partial.vhd")).containsExactly(new ByteRange(MIB, 4096),
                new ByteRange(9 * MIB, 4096 + 512));
        assertThat(partial.verification()).contains("match");
    }

    @Test
    void blockBlobArrivesByteForByteInBlocks() throws Exception {
        storage = new CopyTestSupport(azurite);
        byte[] content = new byte[(int) (10 * MIB + 123)];
        new Random(7).nextBytes(content);
        Path archive = Files.write(dir.resolve("config.tar"), content);

        CopyReport report = copy(List.of(machine("app01", storage.disk(archive, "app01/config.tar", BlobType.BLOCK))), 10);

        DiskResult disk = report.machines().get(0).disks().get(0);
        assertThat(disk.status()).as(disk.error()).isEqualTo(CopyStatus.SUCCEEDED);
        assertThat(disk.bytesSent()).isEqualTo(content.length);
        assertThat(storage.download("app01/config.tar")).isEqualTo(content);
        assertThat(storage.blobClient("app01/config.tar").getProperties().getContentMd5())
                .isEqualTo(Digests.md5(content, 0, content.length));
    }

    @Test
    void secondRunSendsNothingAgain() throws Exception {
        storage = new CopyTestSupport(azurite);
        Path disk = SparseVhd.ofDataSize(8 * MIB).seed(5).data(0, MIB).writeTo(dir.resolve("web01.vhd"));
        List<io.jenkins.plugins.azuremigration.engine.wave.Machine> machines =
                List.of(machine("web01", storage.disk(disk, "web01.vhd", BlobType.PAGE)));

        copy(machines, 10);
        CopyReport second = copy(machines, 10);

        DiskResult again = second.machines().get(0).disks().get(0);
        assertThat(again.status()).isEqualTo(CopyStatus.SUCCEEDED);
        assertThat(again.bytesSent()).isZero();
        assertThat(again.verification()).isEqualTo("verified in an earlier run");
    }

    @Test
    void changedSourceIsCopiedAgainFromTheStartWithAWarning() throws Exception {
        storage = new CopyTestSupport(azurite);
        Path disk = SparseVhd.ofDataSize(8 * MIB).seed(6).data(0, MIB).writeTo(dir.resolve("db01.vhd"));
        List<io.jenkins.plugins.azuremigration.engine.wave.Machine> machines =
                List.of(machine("db01", storage.disk(disk, "db01.vhd", BlobType.PAGE)));
        copy(machines, 10);

        SparseVhd.ofDataSize(8 * MIB).seed(60).data(4 * MIB, MIB).writeTo(disk);
        Files.setLastModifiedTime(disk, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        CopyReport second = copy(machines, 10);

        assertThat(second.warnings()).singleElement().asString().contains("the source changed since the last run");
        assertThat(second.machines().get(0).disks().get(0).bytesSent()).isEqualTo(MIB + 512);
        assertThat(storage.download("db01.vhd")).isEqualTo(Files.readAllBytes(disk));
        assertThat(storage.pageRanges("db01.vhd")).containsExactly(new ByteRange(4 * MIB, MIB), new ByteRange(8 * MIB, 512));
    }

    @Test
    void badSourcesFailTheirMachineWithTheReasonAndTheOthersGoOn() throws Exception {
        storage = new CopyTestSupport(azurite);
        Path good = SparseVhd.ofDataSize(4 * MIB).seed(8).data(0, 4096).writeTo(dir.resolve("good.vhd"));
        Path noFooter = Files.write(dir.resolve("vhdx-renamed.vhd"), new byte[4 * 1024 * 1024]);
        Path dynamic = dir.resolve("dynamic.vhd");
        byte[] footer = VhdFooter.forFixedDisk(MIB, java.util.UUID.randomUUID(), java.time.Instant.now());
        footer[63] = VhdFooter.TYPE_DYNAMIC;
        Files.write(dynamic, java.nio.ByteBuffer.allocate((int) MIB + 512).put((int) MIB, footer).array());
        Path oddSize = Files.write(dir.resolve("odd.img"), new byte[1000]);

        CopyReport report = copy(List.of(
                machine("nofooter", storage.disk(noFooter, "a.vhd", BlobType.PAGE)),
                machine("dynamic", storage.disk(dynamic, "b.vhd", BlobType.PAGE)),
                machine("odd", storage.disk(oddSize, "c.img", BlobType.PAGE)),
                machine("missing", storage.disk(dir.resolve("absent.vhd"), "d.vhd", BlobType.PAGE)),
                machine("good", storage.disk(good, "good.vhd", BlobType.PAGE))), 10);

        assertThat(report.machines()).extracting(MachineResult::status).containsExactly(CopyStatus.FAILED,
                CopyStatus.FAILED, CopyStatus.FAILED, CopyStatus.FAILED, CopyStatus.SUCCEEDED);
        assertThat(report.machines().get(0).error()).contains("is not a VHD: its last 512 bytes hold no 'conectix' footer");
        assertThat(report.machines().get(1).error()).contains("is a dynamic VHD; Azure takes fixed VHDs only");
        assertThat(report.machines().get(2).error()).contains("is 1000 bytes, not a whole number of 512-byte sectors");
        assertThat(report.machines().get(3).error()).contains("absent.vhd does not exist");
        assertThat(storage.exists("a.vhd")).isFalse();
    }

    @Test
    void blobSourcesAreCopiedFromTheirDataRangesOnlyAndSayWhichRouteRan() throws Exception {
        storage = new CopyTestSupport(azurite);
        Path vhd = SparseVhd.ofDataSize(24 * MIB).seed(11).data(MIB, 3 * MIB).data(20 * MIB, 4096).writeTo(dir.resolve("src.vhd"));
        byte[] content = new byte[(int) (5 * MIB + 7)];
        new Random(12).nextBytes(content);
        Path tar = Files.write(dir.resolve("src.tar"), content);
        copy(List.of(machine("seed", storage.disk(vhd, "incoming/src.vhd", BlobType.PAGE),
                storage.disk(tar, "incoming/src.tar", BlobType.BLOCK))), 10);

        io.jenkins.plugins.azuremigration.engine.wave.Disk pageFromBlob = new io.jenkins.plugins.azuremigration.engine.wave.Disk(
                io.jenkins.plugins.azuremigration.engine.wave.DiskSource.blob(storage.target("incoming/src.vhd")),
                storage.target("vhds/copy.vhd"), BlobType.PAGE, new io.jenkins.plugins.azuremigration.engine.wave.SourcePosition("t", 1, 1));
        io.jenkins.plugins.azuremigration.engine.wave.Disk blockFromBlob = new io.jenkins.plugins.azuremigration.engine.wave.Disk(
                io.jenkins.plugins.azuremigration.engine.wave.DiskSource.blob(storage.target("incoming/src.tar")),
                storage.target("vhds/copy.tar"), BlobType.BLOCK, new io.jenkins.plugins.azuremigration.engine.wave.SourcePosition("t", 1, 1));
        CopyReport report = copy(List.of(machine("s2s", pageFromBlob, blockFromBlob)), 10);

        MachineResult s2s = report.machines().get(0);
        assertThat(s2s.status()).as(s2s.error()).isEqualTo(CopyStatus.SUCCEEDED);
        assertThat(storage.download("vhds/copy.vhd")).isEqualTo(Files.readAllBytes(vhd));
        assertThat(storage.download("vhds/copy.tar")).isEqualTo(content);
        DiskResult page = s2s.disks().get(0);
        assertThat(page.bytesSent()).isEqualTo(3 * MIB + 4096 + 512);
        assertThat(page.bytesSkipped()).isEqualTo(24 * MIB - 3 * MIB - 4096);
        assertThat(storage.pageRanges("vhds/copy.vhd")).isEqualTo(storage.pageRanges("incoming/src.vhd"));
        assertThat(page.route()).satisfiesAnyOf(
                route -> assertThat(route).startsWith("service to service: Put Page From URL"),
                route -> assertThat(route).startsWith("relayed through this machine").contains("Put Page From URL"));
        System.out.println("Azurite page-blob route: " + page.route() + "; block-blob route: " + s2s.disks().get(1).route());
    }

    @Test
    void copiesWithASasAndRefusesToStartWithAnExpiredOne() throws Exception {
        storage = new CopyTestSupport(azurite);
        Path vhd = SparseVhd.ofDataSize(4 * MIB).seed(13).data(0, 8192).writeTo(dir.resolve("sas.vhd"));
        List<io.jenkins.plugins.azuremigration.engine.wave.Machine> machines =
                List.of(machine("web01", storage.disk(vhd, "sas/web01.vhd", BlobType.PAGE)));

        CopyReport valid = copyWithSas(machines, java.time.OffsetDateTime.now().plusHours(6));
        CopyReport expired = copyWithSas(List.of(machine("web02", storage.disk(vhd, "sas/web02.vhd", BlobType.PAGE))),
                java.time.OffsetDateTime.now().minusMinutes(1));

        assertThat(valid.machines().get(0).status()).as(valid.machines().get(0).error()).isEqualTo(CopyStatus.SUCCEEDED);
        assertThat(storage.download("sas/web01.vhd")).isEqualTo(Files.readAllBytes(vhd));
        assertThat(expired.machines().get(0).status()).isEqualTo(CopyStatus.FAILED);
        assertThat(expired.machines().get(0).error()).startsWith("storage.sas (env:TEST_SAS) expired at ")
                .doesNotContain("sig=");
        assertThat(storage.exists("sas/web02.vhd")).isFalse();
    }

    @Test
    void aSasForOneContainerOrForObjectsOnlyCopiesIntoItsExistingContainer() throws Exception {
        storage = new CopyTestSupport(azurite);
        Path vhd = SparseVhd.ofDataSize(4 * MIB).seed(17).data(0, 8192).writeTo(dir.resolve("scoped.vhd"));
        com.azure.storage.blob.BlobContainerClient container = storage.blobClient("any").getContainerClient();
        container.create();
        java.time.OffsetDateTime expiry = java.time.OffsetDateTime.now().plusHours(6);
        // signed at run time with Azurite's development key, as a team would get them from the portal
        String containerSas = container.generateSas(new com.azure.storage.blob.sas.BlobServiceSasSignatureValues(expiry,
                com.azure.storage.blob.sas.BlobContainerSasPermission.parse("rcw")));
        String objectsOnlySas = accountSas(expiry, "o");

        CopyReport withContainerSas = copyWithSas(List.of(machine("web01", storage.disk(vhd, "web01.vhd",
                BlobType.PAGE))), containerSas);
        CopyReport withObjectSas = copyWithSas(List.of(machine("web02", storage.disk(vhd, "web02.vhd",
                BlobType.PAGE))), objectsOnlySas);

        assertThat(withContainerSas.machines().get(0).status()).as(withContainerSas.machines().get(0).error())
                .isEqualTo(CopyStatus.SUCCEEDED);
        assertThat(withObjectSas.machines().get(0).status()).as(withObjectSas.machines().get(0).error())
                .isEqualTo(CopyStatus.SUCCEEDED);
        assertThat(storage.download("web01.vhd")).isEqualTo(Files.readAllBytes(vhd));
        assertThat(storage.download("web02.vhd")).isEqualTo(Files.readAllBytes(vhd));
    }

    @Test
    void aMissingContainerTheSasCannotCreateIsNamedPlainly() throws Exception {
        storage = new CopyTestSupport(azurite);
        Path vhd = SparseVhd.ofDataSize(4 * MIB).seed(18).data(0, 4096).writeTo(dir.resolve("nocontainer.vhd"));
        String objectsOnlySas = accountSas(java.time.OffsetDateTime.now().plusHours(6), "o");

        CopyReport report = copyWithSas(List.of(machine("web03", storage.disk(vhd, "web03.vhd", BlobType.PAGE))),
                objectsOnlySas);

        String container = storage.blobClient("any").getContainerName();
        assertThat(report.machines().get(0).status()).isEqualTo(CopyStatus.FAILED);
        assertThat(report.machines().get(0).error()).contains("container " + container + " does not exist")
                .contains("cannot create it").doesNotContain("sig=");
        assertThat(storage.blobClient("any").getContainerClient().exists()).isFalse();
    }

    private String accountSas(java.time.OffsetDateTime expiry, String resourceTypes) {
        return new com.azure.storage.blob.BlobServiceClientBuilder().connectionString(azurite.connectionString())
                .buildClient().generateAccountSas(new com.azure.storage.common.sas.AccountSasSignatureValues(expiry,
                        com.azure.storage.common.sas.AccountSasPermission.parse("rcw"),
                        new com.azure.storage.common.sas.AccountSasService().setBlobAccess(true),
                        com.azure.storage.common.sas.AccountSasResourceType.parse(resourceTypes)));
    }

    private CopyReport copyWithSas(List<io.jenkins.plugins.azuremigration.engine.wave.Machine> machines, String sas)
            throws IOException, InterruptedException {
        Wave base = storage.wave(dir, 10, CopyMode.ROLLING, machines);
        Wave wave = new Wave(base.name(), base.cloud(), new io.jenkins.plugins.azuremigration.engine.wave.StorageSettings(
                null, azurite.blobEndpoint(), new io.jenkins.plugins.azuremigration.engine.wave.SecretValue("env:TEST_SAS", sas)),
                base.dns(), base.machines(), base.copy(), base.file());
        return WaveCopy.run(wave, CopyOptions.builder(dir.resolve("scoped-journal.log")).retry(CopyTestSupport.quickRetries(3))
                .build(), CopyListener.none());
    }

    private CopyReport copyWithSas(List<io.jenkins.plugins.azuremigration.engine.wave.Machine> machines,
            java.time.OffsetDateTime expiry) throws IOException, InterruptedException {
        String sas = new com.azure.storage.blob.BlobServiceClientBuilder().connectionString(azurite.connectionString())
                .buildClient().generateAccountSas(new com.azure.storage.common.sas.AccountSasSignatureValues(expiry,
                        com.azure.storage.common.sas.AccountSasPermission.parse("rwdlac"),
                        new com.azure.storage.common.sas.AccountSasService().setBlobAccess(true),
                        com.azure.storage.common.sas.AccountSasResourceType.parse("sco")));
        Wave base = storage.wave(dir, 10, CopyMode.ROLLING, machines);
        Wave wave = new Wave(base.name(), base.cloud(), new io.jenkins.plugins.azuremigration.engine.wave.StorageSettings(
                null, azurite.blobEndpoint(), new io.jenkins.plugins.azuremigration.engine.wave.SecretValue("env:TEST_SAS", sas)),
                base.dns(), base.machines(), base.copy(), base.file());
        return WaveCopy.run(wave, CopyOptions.builder(dir.resolve("sas-journal.log")).retry(CopyTestSupport.quickRetries(3))
                .build(), CopyListener.none());
    }

    private CopyReport copy(List<io.jenkins.plugins.azuremigration.engine.wave.Machine> machines, int batchSize)
            throws IOException, InterruptedException {
        Wave wave = storage.wave(dir, batchSize, CopyMode.ROLLING, machines);
        CopyOptions options = CopyOptions.builder(dir.resolve("checkpoint/copy-journal.log"))
                .retry(CopyTestSupport.quickRetries(3)).build();
        return WaveCopy.run(wave, options, CopyListener.none());
    }
}
