package io.jenkins.plugins.azuremigration.jenkins.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.azuremigration.engine.report.Stage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StageRequestTest {
    static StageRequest request(Set<Stage> stages) {
        return new StageRequest("azureMigrationWave", stages, false, false, null, List.of(), 0, -1, null, null, null,
                null, false, new StageRequest.Connection(null, null, null));
    }

    @Test
    void stageNamesAreTheReportIdsAndAnUnknownOneIsNamed() {
        assertThat(StageRequest.parseStages(List.of("DNS", " copy "))).containsExactly(Stage.DNS, Stage.COPY);
        assertThat(StageRequest.parseStages(List.of())).isEqualTo(EnumSet.allOf(Stage.class));
        assertThatThrownBy(() -> StageRequest.parseStages(List.of("dns", "replicate")))
                .hasMessage("stages: unknown [replicate]; the stages are agents, dns, roles, copy");
    }

    @Test
    void batchSizeAboveTenIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> new StageRequest("azureMigrationCopy", EnumSet.of(Stage.COPY), false, false, null,
                List.of(), 11, -1, null, null, null, null, false, new StageRequest.Connection(null, null, null)))
                .hasMessageStartingWith("batchSize: must be 1 to 10");
    }

    @Test
    void windowEndIsATimeOfDay() {
        assertThat(StageRequest.parseStopAt("05:30")).isEqualTo(LocalTime.of(5, 30));
        assertThat(StageRequest.parseStopAt(" ")).isNull();
        assertThatThrownBy(() -> StageRequest.parseStopAt("5.30am")).hasMessageStartingWith("stopAt: '5.30am'");
    }

    @Test
    void reportFolderStaysInsideTheWorkspace() {
        assertThat(request(EnumSet.of(Stage.DNS)).out()).isEqualTo("wave-reports");
        assertThat(request(EnumSet.of(Stage.DNS)).journal()).isEqualTo("wave-reports/copy-journal.log");
        assertThatThrownBy(() -> new StageRequest("s", EnumSet.of(Stage.DNS), false, false, null, List.of(), 0, -1,
                null, null, null, "../elsewhere", false, new StageRequest.Connection(null, null, null)))
                .hasMessageStartingWith("out: must be a folder inside the workspace");
        assertThatThrownBy(() -> request(EnumSet.noneOf(Stage.class))).hasMessageStartingWith("stages:");
    }

    @Test
    void aReportFolderThatWindowsAgentsTakeAsAbsoluteIsRefused() {
        // FilePath keeps drive and UNC paths absolute (jenkins-2.516 FilePath.resolvePathIfRelative)
        for (String absolute : List.of("C:/reports", "c:\\reports", "\\\\fileserver\\share\\reports", "/var/reports")) {
            assertThatThrownBy(() -> new StageRequest("s", EnumSet.of(Stage.DNS), false, false, null, List.of(), 0, -1,
                    null, null, null, absolute, false, new StageRequest.Connection(null, null, null)))
                    .as(absolute).hasMessage("out: must be a folder inside the workspace, was " + absolute);
        }
        assertThat(new StageRequest("s", EnumSet.of(Stage.DNS), false, false, null, List.of(), 0, -1, null, null, null,
                "reports/wave-07", false, new StageRequest.Connection(null, null, null)).out()).isEqualTo("reports/wave-07");
    }

    @Test
    void aFolderNameWithTwoDotsIsNotAClimbOut() {
        assertThat(new StageRequest("s", EnumSet.of(Stage.DNS), false, false, null, List.of(), 0, -1, null, null, null,
                "reports..old", false, new StageRequest.Connection(null, null, null)).out()).isEqualTo("reports..old");
        assertThatThrownBy(() -> new StageRequest("s", EnumSet.of(Stage.DNS), false, false, null, List.of(), 0, -1,
                null, null, null, "reports\\..\\..", false, new StageRequest.Connection(null, null, null)))
                .hasMessageStartingWith("out: must be a folder inside the workspace");
    }

    @Test
    void aSavedRequestIsCheckedAgainWhenItIsRead() throws Exception {
        StageRequest saved = request(EnumSet.of(Stage.COPY));
        Field out = StageRequest.class.getDeclaredField("out");
        out.setAccessible(true);
        out.set(saved, "C:/elsewhere"); // as a tampered or older program.dat could hold it

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
            objects.writeObject(saved);
        }
        assertThatThrownBy(() -> new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject())
                .isInstanceOf(InvalidObjectException.class)
                .hasMessageContaining("out: must be a folder inside the workspace, was C:/elsewhere");
    }

    @Test
    void blankIdsMeanNone() {
        StageRequest.Connection connection = new StageRequest.Connection(" ", "", " sas ");
        assertThat(connection.credentialsId()).isNull();
        assertThat(connection.clientId()).isNull();
        assertThat(connection.storageCredentialsId()).isEqualTo("sas");
    }
}
