package io.jenkins.plugins.azuremigration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import io.jenkins.plugins.azuremigration.fixtures.AzuriteServer;
import io.jenkins.plugins.azuremigration.fixtures.SparseVhd;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped command line, as a newcomer on the on-premises host gets it: the archive `mvn package` built, unpacked
 * into an empty folder, run with a PATH that holds java and nothing else (no Maven, no git, no checkout), against a
 * real Azurite.
 */
class WaveArchiveIT {
    private static final String STORAGE_VARIABLE = "WAVE_IT_STORAGE";

    @TempDir
    static Path unpacked;

    @TempDir
    static Path javaOnly;

    private static Path home;

    @BeforeAll
    static void unpackTheArchive() throws Exception {
        Path archive = Path.of(System.getProperty("cli.archive.tar"));
        assertThat(archive).exists();
        // the system's tar keeps the file modes, as a user's would (bin/wave must stay executable)
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString())
                .redirectErrorStream(true).start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).as(new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        try (Stream<Path> top = Files.list(unpacked)) {
            home = top.findFirst().orElseThrow();
        }
        Files.createSymbolicLink(javaOnly.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    @Test
    void theArchiveHoldsTheLauncherTheLibrariesAndAReadme() throws IOException {
        assertThat(home.getFileName().toString()).matches("wave-\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(home.resolve("bin/wave")).isExecutable();
        assertThat(home.resolve("bin/wave.cmd")).exists();
        assertThat(Files.readString(home.resolve("README.txt"))).contains("Java 17").doesNotContain("${build.");
        assertThat(libraries()).anyMatch(n -> n.startsWith("picocli-")).anyMatch(n -> n.startsWith("wave-engine-"))
                .anyMatch(n -> n.startsWith("wave-cli-")).anyMatch(n -> n.startsWith("azure-storage-blob-"))
                .noneMatch(n -> n.matches("(junit|assertj|archunit|xstream|groovy|jboss-marshalling|json-schema"
                        + "|asm|opentest4j|apiguardian|sezpoz|localizer|azure-migration-wave).*"));
    }

    @Test
    void noTestFixtureNoJenkinsClassAndNoStandInIsShipped() throws IOException {
        List<String> offending = new ArrayList<>();
        for (String library : libraries()) {
            if (!library.startsWith("wave-")) {
                continue;
            }
            try (JarFile jar = new JarFile(home.resolve("lib").resolve(library).toFile())) {
                for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements();) {
                    String name = entries.nextElement().getName();
                    if (name.endsWith(".class") && !name.startsWith("io/jenkins/plugins/azuremigration/engine/")
                            && !name.startsWith("io/jenkins/plugins/azuremigration/cli/")
                            || name.contains("/fixtures/") || name.contains("DemoServices") || name.contains("ServeCommand")) {
                        offending.add(library + "!" + name);
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void theZipHoldsTheSameFilesAsTheTarball() throws IOException {
        TreeSet<String> zipped = new TreeSet<>();
        try (ZipFile zip = new ZipFile(System.getProperty("cli.archive.zip"))) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> zipped.add(e.getName()));
        }
        TreeSet<String> unpackedFiles = new TreeSet<>();
        try (Stream<Path> files = Files.walk(unpacked)) {
            files.filter(Files::isRegularFile).forEach(f -> unpackedFiles.add(unpacked.relativize(f).toString()));
        }
        assertThat(zipped).isEqualTo(unpackedFiles);
    }

    @Test
    void versionNamesTheVersionAndTheCommitWithoutGitOrMaven() throws Exception {
        Result version = wave(Map.of(), "--version");
        assertThat(version.exit()).as(version.output()).isZero();
        assertThat(version.output()).containsPattern("wave \\d+\\.\\d+\\.\\d+").containsPattern("commit [0-9a-f]{40}");
    }

    @Test
    void everyCommandHelpsAndTheCheckoutOnlyOnesSaySo() throws Exception {
        for (String command : List.of("validate", "dns", "agents", "roles", "copy", "run", "demo", "serve")) {
            Result help = wave(Map.of(), command, "--help");
            assertThat(help.exit()).as(help.output()).isZero();
            assertThat(help.output()).startsWith("Usage: wave " + command);
        }
        Result demo = wave(Map.of(), "demo");
        assertThat(demo.exit()).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(demo.output()).contains("wave demo: it runs from a source checkout only");
    }

    @Test
    void validatesAndCopiesAWaveIntoAzurite(@TempDir Path work) throws Exception {
        SparseVhd.ofDataSize(8 * 1024 * 1024).seed(7).data(0, 64 * 1024).data(4 * 1024 * 1024, 4096)
                .writeTo(work.resolve("disks/web01-os.vhd"));
        Files.write(work.resolve("disks/web01-config.tar"), "not a disk, a block blob".getBytes(StandardCharsets.UTF_8));
        try (AzuriteServer azurite = AzuriteServer.start(work.resolve("azurite"))) {
            Path wave = Files.writeString(work.resolve("wave.yaml"), """
                    name: archive-it
                    storage:
                      connectionString: ${env:%s}
                    machines:
                      - name: web01
                        disks:
                          - source: disks/web01-os.vhd
                            target: %s/vhds/web01/web01-os.vhd
                          - source: disks/web01-config.tar
                            target: %s/vhds/web01/web01-config.tar
                    """.formatted(STORAGE_VARIABLE, azurite.blobEndpoint(), azurite.blobEndpoint()));
            Map<String, String> storage = Map.of(STORAGE_VARIABLE, azurite.connectionString());

            Result validate = wave(storage, "validate", wave.toString());
            Result copy = wave(storage, "copy", wave.toString(), "--out", work.resolve("reports").toString());

            assertThat(validate.exit()).as(validate.output()).isZero();
            assertThat(validate.output()).contains("wave archive-it is valid: 1 machines");
            assertThat(copy.exit()).as(copy.output()).isZero();
            assertThat(copy.output()).doesNotContain(AzuriteServer.ACCOUNT_KEY).doesNotContain("SLF4J");
            assertThat(work.resolve("reports/wave-report.html")).exists();
            BlobContainerClient vhds = new BlobServiceClientBuilder().connectionString(azurite.connectionString())
                    .buildClient().getBlobContainerClient("vhds");
            assertThat(vhds.getBlobClient("web01/web01-os.vhd").getProperties().getBlobSize())
                    .isEqualTo(Files.size(work.resolve("disks/web01-os.vhd")));
            assertThat(vhds.getBlobClient("web01/web01-config.tar").downloadContent().toString())
                    .isEqualTo("not a disk, a block blob");
        }
    }

    private static List<String> libraries() throws IOException {
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            return jars.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** bin/wave with a PATH of java alone and no JAVA_HOME, MAVEN_* or wave.home: what an unpacked archive has. */
    private static Result wave(Map<String, String> variables, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/wave").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(unpacked.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", javaOnly.toString());
        builder.environment().put("HOME", unpacked.toString());
        builder.environment().putAll(variables);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String output) {
    }
}
