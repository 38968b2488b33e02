package io.jenkins.plugins.azuremigration.engine.wave;

import org.junit.jupiter.api.BeforeEach;
import io.jenkins.plugins.azuremigration.fixtures.DiskImages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaveParserTest {
    /** A canary key, made at run time so that no key-shaped literal sits in the repository. */
    private static final String CANARY_KEY = java.util.Base64.getEncoder()
            .encodeToString("secret-key-that-must-not-leak".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    private static final String CONNECTION_STRING = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + "AccountKey=" + CANARY_KEY + ";BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";
    private static final Map<String, String> ENVIRONMENT = Map.of("AZURE_STORAGE_CONNECTION_STRING", CONNECTION_STRING);

    @TempDir
    Path dir;

    /** Validation looks at local sources: the disks this class's waves name must exist, as a real wave's do. */
    @BeforeEach
    void writeTheDisksTheWavesName() throws IOException {
        DiskImages.fixedVhds(dir, "disks/web01-os.vhd", "disks/web01-data.vhd", "disks/db01-os.vhd", "disks/db01-data1.vhd", "disks/app01-os.vhd", "disks/files01.vhd", "disks/x.vhd");
    }

    @Test
    void readsTheWaveOfTheDocumentation() throws Exception {
        Wave wave = parse("""
                name: wave-07
                cloud: AzurePublicCloud            # AzureUSGovernment | AzureChinaCloud
                storage:
                  connectionString: ${env:AZURE_STORAGE_CONNECTION_STRING}
                dns:
                  server: 127.0.0.1:5353
                  expect:
                    - fqdn: migcache01.blob.core.windows.net
                      privateIp: 10.20.1.4
                machines:
                  - name: web01
                    disks:
                      - source: disks/web01-os.vhd
                        target: http://127.0.0.1:10000/devstoreaccount1/vhds/web01-os.vhd
                        type: page
                copy:
                  batchSize: 10
                """);

        assertThat(wave.name()).isEqualTo("wave-07");
        assertThat(wave.cloud()).isEqualTo(AzureCloud.AZURE_PUBLIC_CLOUD);
        assertThat(wave.storage().connectionString().reveal()).isEqualTo(CONNECTION_STRING);
        assertThat(wave.storage().connectionString().toString()).doesNotContain("AccountKey");
        assertThat(wave.dns().server()).isEqualTo("127.0.0.1:5353");
        assertThat(wave.dns().expect()).singleElement().satisfies(e -> {
            assertThat(e.fqdn()).isEqualTo("migcache01.blob.core.windows.net");
            assertThat(e.privateIp()).isEqualTo("10.20.1.4");
        });
        Machine web01 = wave.machines().get(0);
        assertThat(web01.name()).isEqualTo("web01");
        assertThat(web01.position().line()).isEqualTo(11);
        Disk disk = web01.disks().get(0);
        assertThat(disk.source().isLocal()).isTrue();
        assertThat(disk.source().resolveAgainst(wave.folder())).isEqualTo(dir.resolve("disks/web01-os.vhd"));
        assertThat(disk.target()).hasToString("http://127.0.0.1:10000/devstoreaccount1/vhds/web01-os.vhd");
        assertThat(disk.type()).isEqualTo(BlobType.PAGE);
        assertThat(wave.copy().batchSize()).isEqualTo(10);
        assertThat(wave.copy().mode()).isEqualTo(CopyMode.ROLLING);
    }

    @Test
    void yamlSyntaxErrorIsReportedWhereItIs() throws Exception {
        List<String> problems = problems("""
                name: wave-07
                machines:
                  - name: web01
                     disks: []
                """);
        assertThat(problems).singleElement().asString().startsWith("wave.yaml:4:").contains("YAML syntax");
    }

    @Test
    void unknownKeySuggestsTheKnownOne() throws Exception {
        List<String> problems = problems(minimalWave().replace("batchSize: 10", "batchsize: 10"));
        assertThat(problems).singleElement().asString()
                .startsWith("wave.yaml:14:3: copy.batchsize: unknown key (did you mean 'batchSize'?)");
    }

    @Test
    void missingRequiredFieldNamesIt() throws Exception {
        List<String> problems = problems(minimalWave().replace("name: wave-07\n", ""));
        assertThat(problems).singleElement().asString().isEqualTo("wave.yaml:1:1: name: is required");
    }

    @Test
    void batchSizeAboveTenIsRefused() throws Exception {
        List<String> problems = problems(minimalWave().replace("batchSize: 10", "batchSize: 11"));
        assertThat(problems).containsExactly("wave.yaml:14:14: copy.batchSize: must be between 1 and 10, was 11");
    }

    @Test
    void duplicateMachineNamesAreRefusedIgnoringCase() throws Exception {
        List<String> problems = problems(minimalWave().replace("copy:", """
                  - name: WEB01
                    disks:
                      - source: disks/web01-data.vhd
                        target: http://127.0.0.1:10000/devstoreaccount1/vhds/web01-data.vhd
                copy:"""));
        assertThat(problems).containsExactly("wave.yaml:12:5: machines: duplicate machine name 'WEB01' (first at"
                + " wave.yaml:7:5; names are compared ignoring case)");
    }

    @Test
    void literalAccountKeyIsRefusedWithoutRepeatingIt() throws Exception {
        String wave = minimalWave().replace("${env:AZURE_STORAGE_CONNECTION_STRING}",
                "\"AccountName=migcache01;AccountKey=" + CANARY_KEY + "\"");
        List<String> problems = problems(wave);
        assertThat(problems).singleElement().asString()
                .startsWith("wave.yaml:4:21: storage.connectionString: holds a literal account key")
                .doesNotContain(CANARY_KEY.substring(0, 8));
    }

    @Test
    void literalSasSignatureAnywhereIsRefused() throws Exception {
        String wave = minimalWave().replace("vhds/web01-os.vhd",
                "vhds/web01-os.vhd?sv=2024-11-04&sig=" + CANARY_KEY.substring(0, 24));
        List<String> problems = problems(wave);
        assertThat(problems).singleElement().asString()
                .contains("machines[0].disks[0].target: holds a literal SAS signature")
                .doesNotContain(CANARY_KEY.substring(0, 24));
    }

    @Test
    void unsetEnvironmentVariableIsNamed() throws Exception {
        List<String> problems = problems(minimalWave().replace("AZURE_STORAGE_CONNECTION_STRING", "NOT_SET_ANYWHERE"));
        assertThat(problems).containsExactly(
                "wave.yaml:4:21: storage.connectionString: environment variable NOT_SET_ANYWHERE is not set");
    }

    @Test
    void reportsEveryProblemAtOnceInFileOrder() throws Exception {
        List<String> problems = problems("""
                name: "wave 07"
                cloud: AzureMarsCloud
                machines:
                  - name: web01
                    disks:
                      - source: disks/web01-os.vhd
                        target: ftp://example/vhds/web01-os.vhd
                        type: sparse
                copy:
                  batchSize: eleven
                  mode: all-at-once
                """);
        assertThat(problems).hasSize(7);
        assertThat(problems.get(0)).startsWith("wave.yaml:1:1: storage: is required");
        assertThat(problems.get(1)).startsWith("wave.yaml:1:7: name: must be 1-63 letters");
        assertThat(problems.get(2)).startsWith("wave.yaml:2:8: cloud: unknown cloud 'AzureMarsCloud'");
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("wave.yaml:7:17: machines[0].disks[0].target: must be an http"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("wave.yaml:8:15: machines[0].disks[0].type: must be 'page' or 'block'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("wave.yaml:10:14: copy.batchSize: must be a whole number"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("wave.yaml:11:9: copy.mode: must be 'rolling' or 'batches'"));
    }

    @Test
    void nothingIsReturnedWhenAnythingIsWrong() throws Exception {
        Path file = write("wave.yaml", minimalWave().replace("batchSize: 10", "batchSize: 0"));
        assertThatThrownBy(() -> WaveParser.parse(file, ENVIRONMENT::get))
                .isInstanceOf(WaveValidationException.class)
                .hasMessageContaining("copy.batchSize");
    }

    @Test
    void machineListAddsMachinesWithGatesAndDefaultTargets() throws Exception {
        write("machines.csv", """
                SOURCE_MACHINE_NAME,TARGET_RESOURCE_GROUP,OS_DISK_ID,DATA_DISK1_ID,DATA_DISK2_ID,DATA_DISK2_TARGET,OK_TO_MIGRATE
                db01,rg-wave,disks/db01-os.vhd,disks/db01-data1.vhd,https://src.blob.core.windows.net/incoming/db01-logs.vhd,https://dst.blob.core.windows.net/vhds/logs.vhd,Y
                "legacy, 01",rg-wave,D:\\images\\legacy01.vhd,,,,N
                """);
        Wave wave = parse(minimalWave() + """
                machineList:
                  file: machines.csv
                  targetContainer: https://migcache01.blob.core.windows.net/vhds
                """);

        assertThat(wave.machines()).extracting(Machine::name).containsExactly("web01", "db01", "legacy, 01");
        Machine db01 = wave.machines().get(1);
        assertThat(db01.isSkipped()).isFalse();
        assertThat(db01.attributes()).containsEntry("TARGET_RESOURCE_GROUP", "rg-wave").containsEntry("OK_TO_MIGRATE", "Y");
        assertThat(db01.disks()).extracting(d -> d.target().toString()).containsExactly(
                "https://migcache01.blob.core.windows.net/vhds/db01/db01-os.vhd",
                "https://migcache01.blob.core.windows.net/vhds/db01/db01-data1.vhd",
                "https://dst.blob.core.windows.net/vhds/logs.vhd");
        assertThat(db01.disks().get(2).source().isLocal()).isFalse();
        assertThat(db01.position()).hasToString("machines.csv:2:1");
        Machine legacy = wave.machines().get(2);
        assertThat(legacy.skipReason()).isEqualTo("OK_TO_MIGRATE is 'N', not Y");
        assertThat(legacy.disks().get(0).target()).hasToString(
                "https://migcache01.blob.core.windows.net/vhds/legacy%2C%2001/legacy01.vhd");
    }

    @Test
    void machineListBadRowsAreReportedAtTheirCells() throws Exception {
        write("machines.csv", """
                SOURCE_MACHINE_NAME,OS_DISK_ID,DATA_DISK_1_ID,OK_TO_MIGRATE
                db01,disks/db01-os.vhd,,Y
                app01,disks/app01-os.vhd
                ,disks/x.vhd,,Y
                files01,disks/files01.vhd,,maybe
                """);
        List<String> problems = problems(minimalWave() + """
                machineList:
                  file: machines.csv
                  targetContainer: https://migcache01.blob.core.windows.net/vhds
                """);
        assertThat(problems).containsExactly(
                "machines.csv:1:32: machineList.DATA_DISK_1_ID: unknown disk column; disk columns are OS_DISK_ID,"
                        + " OS_DISK_TARGET, DATA_DISK<n>_ID and DATA_DISK<n>_TARGET",
                "machines.csv:3:1: machineList[row 3]: has 2 fields but the header has 4",
                "machines.csv:4:1: machineList[row 4].SOURCE_MACHINE_NAME: is empty",
                "machines.csv:5:28: machineList[row 5].OK_TO_MIGRATE: must be Y or N, was 'maybe'");
    }

    @Test
    void missingMachineListFileIsNamed() throws Exception {
        List<String> problems = problems(minimalWave() + "machineList:\n  file: nowhere.csv\n");
        assertThat(problems).singleElement().asString().startsWith("wave.yaml:16:9: machineList.file: machine list ")
                .endsWith("nowhere.csv does not exist");
    }

    @Test
    void aMissingWaveFileIsAProblemNotACrash() {
        ValidationReport report = WaveParser.validate(dir.resolve("absent.yaml"), ENVIRONMENT::get);
        assertThat(report.isValid()).isFalse();
        assertThat(report.problems()).singleElement().asString().endsWith("absent.yaml:1:1: wave file does not exist");
    }

    private static String minimalWave() {
        return """
                name: wave-07
                cloud: AzurePublicCloud
                storage:
                  connectionString: ${env:AZURE_STORAGE_CONNECTION_STRING}
                machines:
                  # the first machine
                  - name: web01
                    disks:
                      - source: disks/web01-os.vhd
                        target: http://127.0.0.1:10000/devstoreaccount1/vhds/web01-os.vhd
                        type: page
                copy:
                  # never more than 10
                  batchSize: 10
                """;
    }

    private Wave parse(String yaml) throws IOException, WaveValidationException {
        return WaveParser.parse(write("wave.yaml", yaml), ENVIRONMENT::get);
    }

    private List<String> problems(String yaml) throws IOException {
        Path file = write("wave.yaml", yaml);
        ValidationReport report = WaveParser.validate(file, "wave.yaml", ENVIRONMENT::get);
        return report.problems().stream().map(WaveProblem::toString).toList();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
