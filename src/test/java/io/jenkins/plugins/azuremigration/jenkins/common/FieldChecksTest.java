package io.jenkins.plugins.azuremigration.jenkins.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldChecksTest {
    @Test
    void waveFileMustBeARelativeYamlPath() {
        assertThat(FieldChecks.waveFile("waves/wave-07.yaml")).isNull();
        assertThat(FieldChecks.waveFile("${WAVE_FILE}")).isNull();
        assertThat(FieldChecks.waveFile("")).isEqualTo("The wave file is required");
        assertThat(FieldChecks.waveFile("/etc/wave.yaml")).isEqualTo("Give the wave file relative to the workspace");
        assertThat(FieldChecks.waveFile("C:\\waves\\w.yaml")).isEqualTo("Give the wave file relative to the workspace");
        assertThat(FieldChecks.waveFile("../w.yaml")).isEqualTo("Give the wave file relative to the workspace");
        assertThat(FieldChecks.waveFile("waves/wave-07.json")).isEqualTo("A wave file ends in .yaml or .yml");
    }

    @Test
    void batchSizeIsOneToTenOrEmpty() {
        assertThat(FieldChecks.batchSize("")).isNull();
        assertThat(FieldChecks.batchSize("1")).isNull();
        assertThat(FieldChecks.batchSize("10")).isNull();
        assertThat(FieldChecks.batchSize("0")).startsWith("Batch size must be a whole number from 1 to 10");
        assertThat(FieldChecks.batchSize("11")).isNotNull();
        assertThat(FieldChecks.batchSize("ten")).isNotNull();
    }

    @Test
    void capAndWindowEnd() {
        assertThat(FieldChecks.capMbps("0")).isNull();
        assertThat(FieldChecks.capMbps("-5")).isNotNull();
        assertThat(FieldChecks.stopAt("05:30")).isNull();
        assertThat(FieldChecks.stopAt("")).isNull();
        assertThat(FieldChecks.stopAt("25:00")).contains("05:30");
    }
}
