package io.jenkins.plugins.azuremigration.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.azuremigration.engine.dns.DnsReportJson;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wave-report.json: the full results, a schemaVersion, ISO-8601 times, integer bytes, valid against its schema. */
class JsonReportTest {
    @TempDir
    Path dir;

    @Test
    void theSchemaIsAValidJsonSchema202012() throws Exception {
        assertThat(ReportChecks.schemaAgainstMetaSchema()).isEmpty();
    }

    @Test
    void holdsTheWholeWave() throws Exception {
        WaveResults results = SampleWaves.realistic();
        JsonNode json = write(results);

        assertThat(json.path("schemaVersion").asText()).isEqualTo("1.0");
        assertThat(json.path("wave").asText()).isEqualTo("wave-07");
        assertThat(json.path("simulated").asBoolean()).isTrue();
        assertThat(json.path("passed").asBoolean()).isFalse();
        assertThat(json.path("stages")).extracting(s -> s.path("stage").asText() + ":" + s.path("status").asText())
                .containsExactly("agents:FAILED", "dns:FAILED", "roles:FAILED", "copy:FAILED");
        assertThat(json.path("agents")).hasSize(4);
        assertThat(json.path("roles")).hasSize(5);
        assertThat(json.path("roles").get(4).path("outcome").asText()).isEqualTo("FAILED");
        assertThat(json.path("roles").get(4).path("assignmentName").asText())
                .isEqualTo(results.roles().get(4).spec().name());
        assertThat(json.path("dns").toString()).isEqualTo(DnsReportJson.toJson(results.dns()).toString());
        JsonNode copy = json.path("copy");
        assertThat(copy.path("summary").path("machines").asInt()).isEqualTo(25);
        assertThat(copy.path("summary").path("failed").asInt()).isEqualTo(2);
        assertThat(copy.path("summary").path("skipped").asInt()).isEqualTo(1);
        assertThat(copy.path("summary").path("batches").asInt()).isEqualTo(3);
        assertThat(copy.path("summary").path("maxConcurrentMachines").asInt()).isEqualTo(10);
        assertThat(copy.path("warnings").get(0).asText()).startsWith("storage.sas expires");
        JsonNode app07 = copy.path("machines").get(6);
        assertThat(app07.path("name").asText()).isEqualTo("app07");
        assertThat(app07.path("status").asText()).isEqualTo("FAILED");
        assertThat(app07.path("error").asText()).contains("Put Page failed after 20 tries");
        assertThat(app07.path("attributes").path("TARGET_MACHINE_NAME").asText()).isEqualTo("app07-az");
        assertThat(app07.path("disks").get(1).path("status").asText()).isEqualTo("FAILED");
    }

    @Test
    void timesAreIso8601AndBytesAreIntegers() throws Exception {
        WaveResults results = SampleWaves.realistic();
        JsonNode json = write(results);

        assertThat(Instant.parse(json.path("started").asText())).isEqualTo(results.started());
        JsonNode machine = json.path("copy").path("machines").get(0);
        assertThat(Instant.parse(machine.path("started").asText())).isEqualTo(results.copy().machines().get(0)
                .started());
        JsonNode disk = machine.path("disks").get(0);
        for (String field : new String[] {"bytesTotal", "bytesSent", "bytesSkipped", "bytesResumed"}) {
            assertThat(disk.path(field).isIntegralNumber()).as(field).isTrue();
        }
        assertThat(disk.path("bytesTotal").asLong()).isEqualTo(64 * SampleWaves.GIB);
        assertThat(json.path("copy").path("summary").path("bytesSent").asLong()).isEqualTo(results.copy()
                .machines().stream().mapToLong(m -> m.bytesSent()).sum());
        assertThat(machine.path("durationSeconds").asDouble()).isEqualTo(results.copy().machines().get(0).duration()
                .toSeconds());
    }

    @Test
    void aPartialWaveSaysWhatDidNotRunAndWhy() throws Exception {
        JsonNode json = write(SampleWaves.partial());

        assertThat(json.path("stages").get(1).path("status").asText()).isEqualTo("SKIPPED");
        assertThat(json.path("stages").get(1).path("reason").asText()).isEqualTo("skipped on request (--skip dns)");
        assertThat(json.path("stages").get(2).path("status").asText()).isEqualTo("NOT_RUN");
        assertThat(json.path("stages").get(2).path("reason").asText()).isEqualTo("not part of this run");
        assertThat(json.path("dns").isNull()).isTrue();
        assertThat(json.path("copy").path("stopReason").asText()).startsWith("the window closed at 06:00");
        assertThat(json.path("copy").path("summary").path("stopped").asInt()).isEqualTo(2);
        assertThat(json.path("copy").path("summary").path("notAttempted").asInt()).isEqualTo(5);
        JsonNode never = json.path("copy").path("machines").get(5);
        assertThat(never.path("status").asText()).isEqualTo("NOT_ATTEMPTED");
        assertThat(never.path("started").isNull()).isTrue();
        assertThat(never.path("durationSeconds").isNull()).isTrue();
        assertThat(never.path("batch").asInt()).isZero();

        JsonNode nothing = write(SampleWaves.nothingRan());
        assertThat(nothing.path("copy").isNull()).isTrue();
        assertThat(nothing.path("finished").isNull()).isTrue();
    }

    @Test
    void theSchemaRejectsAReportThatBreaksTheContract() throws Exception {
        ObjectNode json = (ObjectNode) write(SampleWaves.realistic());
        ObjectNode disk = (ObjectNode) json.path("copy").path("machines").get(0).path("disks").get(0);
        disk.put("bytesSent", "12 GiB");
        json.remove("schemaVersion");
        ((ObjectNode) json.path("copy").path("machines").get(1)).put("started", "27/11/2026 22:00");

        assertThat(ReportChecks.jsonErrors(json)).extracting(Object::toString).anySatisfy(e -> assertThat(e)
                .contains("schemaVersion")).anySatisfy(e -> assertThat(e).contains("bytesSent"))
                .anySatisfy(e -> assertThat(e).contains("started"));
    }

    private JsonNode write(WaveResults results) throws Exception {
        return ReportChecks.validateJson(ReportChecks.writeValidated(results, dir).get(1));
    }
}
