package io.jenkins.plugins.azuremigration.engine.dns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console table (failures first, aligned) and dns-results.json (stable fields, written atomically). */
class DnsReportFormatsTest {
    @TempDir
    Path dir;

    private final DnsCheckReport report = new DnsCheckReport("wave-07", "127.0.0.1:5353",
            Instant.parse("2026-11-27T22:00:00Z"), Duration.ofMillis(412), List.of(
                    result("acct.blob.core.windows.net", Verdict.OK, "resolves through privatelink.blob.core.windows.net"
                            + " to 10.0.0.4", List.of(
                                    new ObservedRecord("acct.blob.core.windows.net", "CNAME",
                                            "acct.privatelink.blob.core.windows.net", 10),
                                    new ObservedRecord("acct.privatelink.blob.core.windows.net", "A", "10.0.0.4", 10)),
                            Resolution.Outcome.ADDRESSES),
                    result("hosts.blob.core.windows.net", Verdict.NO_PRIVATELINK_CNAME, "10.0.0.4 is right but ...",
                            List.of(new ObservedRecord("hosts.blob.core.windows.net", "A", "10.0.0.4", 0)),
                            Resolution.Outcome.ADDRESSES),
                    result("zz.blob.core.windows.net", Verdict.NXDOMAIN, "zz does not exist", List.of(),
                            Resolution.Outcome.NXDOMAIN)));

    @Test
    void tableListsFailuresFirstWithAlignedColumns() {
        List<String> lines = DnsReportTable.render(report);

        assertThat(lines.get(0)).startsWith("FQDN").contains("VERDICT").contains("EXPECTED").contains("OBSERVED CHAIN")
                .endsWith("REASON");
        assertThat(lines.get(1)).startsWith("zz.blob.core.windows.net ").contains(" FAIL NXDOMAIN ")
                .endsWith("  zz does not exist");
        assertThat(lines.get(2)).startsWith("hosts.blob.core.windows.net ").contains(" WARN NO_PRIVATELINK_CNAME ");
        assertThat(lines.get(3)).startsWith("acct.blob.core.windows.net ")
                .contains(" CNAME acct.privatelink.blob.core.windows.net -> A 10.0.0.4 ");
        for (String column : List.of("VERDICT", "EXPECTED", "OBSERVED CHAIN", "REASON")) {
            int at = lines.get(0).indexOf(column);
            assertThat(lines.subList(1, 4)).allSatisfy(line -> assertThat(line.charAt(at - 1)).isEqualTo(' '))
                    .allSatisfy(line -> assertThat(line.charAt(at)).isNotEqualTo(' '));
        }
        assertThat(lines.get(lines.size() - 1)).isEqualTo("FAILED: 3 names via 127.0.0.1:5353 in 0.4 s: 1 OK,"
                + " 1 warning(s), 1 failed (1 NXDOMAIN)");
    }

    @Test
    void jsonIsWrittenAtomicallyWithEveryField() throws Exception {
        Files.writeString(dir.resolve(DnsReportJson.FILE_NAME), "old");

        Path file = DnsReportJson.write(report, dir);

        assertThat(dir).isDirectoryContaining(p -> p.equals(file));
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.path("wave").asText()).isEqualTo("wave-07");
        assertThat(json.path("passed").asBoolean()).isFalse();
        assertThat(json.path("summary").path("verdicts").path("NXDOMAIN").asInt()).isEqualTo(1);
        JsonNode ok = json.path("results").get(0);
        assertThat(ok.path("verdict").asText()).isEqualTo("OK");
        assertThat(ok.path("chain").get(1).path("value").asText()).isEqualTo("10.0.0.4");
        assertThat(ok.path("sources").get(0).asText()).isEqualTo("customDnsConfigs");
        assertThat(ok.path("chainText").asText()).isEqualTo("CNAME acct.privatelink.blob.core.windows.net -> A 10.0.0.4");
        assertThat(ok.path("answeredBy").asText()).isEqualTo("127.0.0.1:5353");
    }

    private static DnsCheckResult result(String fqdn, Verdict verdict, String reason, List<ObservedRecord> chain,
            Resolution.Outcome outcome) {
        List<String> addresses = chain.stream().filter(ObservedRecord::isAddress).map(ObservedRecord::value).toList();
        Resolution resolution = new Resolution(outcome, outcome == Resolution.Outcome.NXDOMAIN ? "NXDOMAIN" : "NOERROR",
                chain, addresses, List.of(), "127.0.0.1:5353", 1, "");
        return new DnsCheckResult(fqdn, verdict, reason, List.of("10.0.0.4"), List.of(ExpectationSource.CUSTOM_DNS_CONFIGS),
                List.of(), ConnectionState.APPROVED, resolution, 3);
    }
}
