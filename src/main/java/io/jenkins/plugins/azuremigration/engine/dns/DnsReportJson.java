package io.jenkins.plugins.azuremigration.engine.dns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.azuremigration.engine.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The report as {@code dns-results.json}. The fields are written one by one (not by reflection) so that the
 * file's shape is a stable contract for the reports and for scripts, whatever the records gain later.
 */
public final class DnsReportJson {
    public static final String FILE_NAME = "dns-results.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DnsReportJson() {
    }

    public static ObjectNode toJson(DnsCheckReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("wave", report.waveName());
        root.put("resolver", report.resolver());
        root.put("started", report.started().toString());
        root.put("elapsedMillis", report.elapsed().toMillis());
        root.put("passed", report.passed());
        ObjectNode summary = root.putObject("summary");
        summary.put("names", report.results().size());
        summary.put("ok", report.count(Severity.PASS));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("failed", report.count(Severity.FAIL));
        ObjectNode verdicts = summary.putObject("verdicts");
        report.countByVerdict().forEach((verdict, count) -> verdicts.put(verdict.name(), count));
        ArrayNode results = root.putArray("results");
        for (DnsCheckResult result : report.results()) {
            results.add(result(result));
        }
        return root;
    }

    /** Writes {@code dir/dns-results.json} atomically: readers see the old file or the whole new one, never half. */
    public static Path write(DnsCheckReport report, Path dir) throws IOException {
        Path target = dir.resolve(FILE_NAME);
        AtomicFiles.write(target, JSON.writeValueAsString(toJson(report)).getBytes(StandardCharsets.UTF_8));
        return target;
    }

    private static ObjectNode result(DnsCheckResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("fqdn", result.fqdn());
        node.put("verdict", result.verdict().name());
        node.put("severity", result.severity().name());
        node.put("reason", result.reason());
        result.expectedIps().forEach(node.putArray("expectedIps")::add);
        ArrayNode sources = node.putArray("sources");
        result.sources().forEach(source -> sources.add(source.label()));
        result.privateEndpointIds().forEach(node.putArray("privateEndpointIds")::add);
        node.put("connectionState", result.connectionState().armName());
        Resolution resolution = result.resolution();
        node.put("outcome", resolution.outcome().name());
        node.put("rcode", resolution.rcode());
        node.put("answeredBy", resolution.server());
        node.put("queries", resolution.queries());
        node.put("elapsedMillis", result.elapsedMillis());
        node.put("chainText", result.chainText());
        ArrayNode chain = node.putArray("chain");
        for (ObservedRecord record : resolution.chain()) {
            chain.addObject().put("name", record.name()).put("type", record.type()).put("value", record.value())
                    .put("ttl", record.ttl());
        }
        resolution.addresses().forEach(node.putArray("observedAddresses")::add);
        node.put("ipv6Only", resolution.ipv6Only());
        return node;
    }
}
