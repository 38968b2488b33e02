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

        Wave parsed = WaveParser.parse(wave, environment::get);

        assertThat(parsed.machines()).extracting(Machine::name).containsExactly("web01", "web02", "db01", "db02",
                "app01, legacy");
        assertThat(parsed.machines().get(4).isSkipped()).isTrue();
        assertThat(parsed.diskCount()).isEqualTo(9);
        assertThat(parsed.copy().stopAt()).hasToString("05:30");
        assertThat(parsed.copy().capMbps()).isEqualTo(800);
    }
}
