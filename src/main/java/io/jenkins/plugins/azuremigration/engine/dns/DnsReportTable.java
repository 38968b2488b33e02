package io.jenkins.plugins.azuremigration.engine.dns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The report as a plain-text table for a console or a build log, failures first: FQDN, verdict, expected IP,
 * observed chain, reason. Columns are aligned; the reason comes last so that a long one never shifts the others.
 */
public final class DnsReportTable {
    private static final String[] HEADINGS = {"FQDN", "VERDICT", "EXPECTED", "OBSERVED CHAIN", "REASON"};
    private static final String GAP = "  ";

    private DnsReportTable() {
    }

    public static List<String> render(DnsCheckReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADINGS);
        report.results().stream()
                .sorted(Comparator.comparing((DnsCheckResult r) -> r.severity().ordinal()).reversed()
                        .thenComparing(DnsCheckResult::fqdn))
                .forEach(r -> rows.add(new String[] {r.fqdn(), label(r), expected(r), r.chainText(), r.reason()}));
        int[] widths = new int[HEADINGS.length - 1];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(row[i]).append(" ".repeat(widths[i] - row[i].length())).append(GAP);
            }
            lines.add(line.append(row[widths.length]).toString());
        }
        lines.add("");
        lines.add((report.passed() ? "PASSED" : "FAILED") + ": " + report.summary());
        return lines;
    }

    /** The verdict, marked so that a warning is not mistaken for a pass or a failure at a glance. */
    private static String label(DnsCheckResult result) {
        return switch (result.severity()) {
            case PASS -> result.verdict().name();
            case WARNING -> "WARN " + result.verdict().name();
            case FAIL -> "FAIL " + result.verdict().name();
        };
    }

    private static String expected(DnsCheckResult result) {
        return result.expectedIps().isEmpty() ? "-" : String.join(", ", result.expectedIps());
    }
}
