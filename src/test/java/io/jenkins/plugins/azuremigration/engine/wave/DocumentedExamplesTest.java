package io.jenkins.plugins.azuremigration.engine.wave;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.fixtures.ProjectHome;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples in docs/ are what users copy: they must stay valid. */
class DocumentedExamplesTest {
    @Test
    void wave07ExampleIsValid() throws Exception {
        Path wave = ProjectHome.get().resolve("docs/examples/wave-07.yaml");
        Map<String, String> environment = Map.of("AZURE_STORAGE_CONNECTION_STRING", "UseDevelopmentStorage=true");

        // the example's disks are not in the repository: it is validated away from them, as --no-source-check does
        Wave parsed = WaveParser.parse(wave, wave.toString(), environment::get, DiskFileCheck.SKIP);

        assertThat(parsed.machines()).extracting(Machine::name).containsExactly("web01", "web02", "db01", "db02",
                "app01, legacy");
        assertThat(parsed.machines().get(4).isSkipped()).isTrue();
        assertThat(parsed.diskCount()).isEqualTo(9);
        assertThat(parsed.copy().stopAt()).hasToString("05:30");
        assertThat(parsed.copy().capMbps()).isEqualTo(800);
    }

    @Test
    void onTheMachineThatRunsItOnlyTheAbsentDisksAreReported() {
        Path wave = ProjectHome.get().resolve("docs/examples/wave-07.yaml");
        Map<String, String> environment = Map.of("AZURE_STORAGE_CONNECTION_STRING", "UseDevelopmentStorage=true");

        ValidationReport report = WaveParser.validate(wave, environment::get);

        // eight disks of machines that go; app01's row is held back by OK_TO_MIGRATE, so its disk is not looked at
        assertThat(report.problems()).hasSize(8).allSatisfy(p -> assertThat(p.message())
                .contains("does not exist on this machine"));
        assertThat(report.problems()).noneSatisfy(p -> assertThat(p.message()).contains("app01-os.vhd"));
    }
}
