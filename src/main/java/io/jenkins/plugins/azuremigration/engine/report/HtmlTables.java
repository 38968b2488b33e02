package io.jenkins.plugins.azuremigration.engine.report;

import io.jenkins.plugins.azuremigration.engine.agents.AgentResult;
import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.DiskResult;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckReport;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckResult;
import io.jenkins.plugins.azuremigration.engine.roles.RoleAction;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report's tables: machines (with their disks folded in a {@code <details>}, which opens without JavaScript),
 * DNS verdicts (failures first), role actions and agents. Borders and spacing are HTML attributes as well as CSS, so
 * the tables stay legible when a Content-Security-Policy drops the inline stylesheet.
 */
final class HtmlTables {
    private HtmlTables() {
    }

    static void machines(Html html, CopyReport copy, WaveResults results) {
        // Most disks share one route and one verification text; saying them once keeps a thousand machines' page
        // small, and a disk that differs still shows its own.
        String commonRoute = mostCommon(copy, DiskResult::route);
        String commonVerification = mostCommon(copy, DiskResult::verification);
        if (commonRoute != null || commonVerification != null) {
            html.open("p", "class", "note");
            if (commonRoute != null) {
                html.text("Route of every disk unless its row says otherwise: " + commonRoute + ".");
            }
            if (commonVerification != null) {
                html.raw(commonRoute != null ? "<br>" : "").text("Verification of every disk unless its row says"
                        + " otherwise: " + commonVerification + ".");
            }
            html.close("p").newline();
        }
        openTable(html, "machines", "#", "Machine", "Status", "Batch", "Started (UTC)", "Duration", "Sent",
                "Empty pages skipped", "Resumed", "MiB/s", "Retries", "Reason / error", "Disks and machine list");
        int row = 0;
        for (MachineResult machine : copy.machines()) {
            html.open("tr");
            num(html, Integer.toString(++row));
            html.element("td", machine.name(), "class", "mono");
            status(html, machine.status().name());
            num(html, machine.batch() == 0 ? "-" : Integer.toString(machine.batch()));
            html.element("td", machine.started() == null ? "-" : ReportFormats.dateTime(machine.started()), "class",
                    "time");
            num(html, machine.started() == null ? "-" : ReportFormats.duration(machine.duration()));
            num(html, ReportFormats.bytes(machine.bytesSent()));
            num(html, ReportFormats.bytes(machine.bytesSkipped()));
            num(html, ReportFormats.bytes(machine.disks().stream().mapToLong(DiskResult::bytesResumed).sum()));
            num(html, ReportFormats.decimal(CopySummary.mibPerSecond(machine), 1));
            num(html, Integer.toString(machine.disks().stream().mapToInt(DiskResult::retries).sum()));
            html.element("td", machine.error() == null ? "" : machine.error());
            details(html, machine, results.attributesOf(machine.name()), commonRoute, commonVerification);
            html.close("tr").newline();
        }
        html.close("table").newline();
    }

    /** The machine's disks and machine-list columns, folded so that each machine's row stays one line high. */
    private static void details(Html html, MachineResult machine, Map<String, String> attributes, String commonRoute,
            String commonVerification) {
        html.open("td");
        if (!machine.disks().isEmpty() || !attributes.isEmpty()) {
            html.open("details").element("summary", machine.disks().size() + " disk(s)");
            if (!attributes.isEmpty()) {
                html.open("p", "class", "attrs").text("Machine list: ");
                boolean first = true;
                for (Map.Entry<String, String> column : attributes.entrySet()) {
                    html.raw(first ? "" : " \u00b7 ").element("code", column.getKey() + "=" + column.getValue());
                    first = false;
                }
                html.close("p");
            }
        }
        if (!machine.disks().isEmpty()) {
            html.open("table", "border", "1", "cellspacing", "0", "cellpadding", "3");
            html.raw("<tr><th>#</th><th>Source \u2192 target</th><th>Type</th><th>Status</th><th>Total</th>"
                    + "<th>Sent</th><th>Skipped</th><th>Resumed</th><th>Retries / throttled</th>"
                    + "<th>Verification, route, error</th></tr>");
            for (DiskResult disk : machine.disks()) {
                // plain cells, not class="num": this table repeats for every disk of every machine
                html.open("tr").element("td", Integer.toString(CopySummary.diskNumber(machine, disk)));
                html.open("td", "class", "mono").text(disk.source()).raw("<br>\u2192 ").text(disk.target())
                        .close("td");
                html.element("td", disk.type() == null ? "" : disk.type().waveName());
                status(html, disk.status() == null ? "" : disk.status().name());
                html.element("td", ReportFormats.bytes(disk.bytesTotal()));
                html.element("td", ReportFormats.bytes(disk.bytesSent()));
                html.element("td", ReportFormats.bytes(disk.bytesSkipped()));
                html.element("td", ReportFormats.bytes(disk.bytesResumed()));
                html.element("td", disk.retries() + " / " + disk.throttled());
                html.open("td");
                lines(html, Objects.equals(disk.verification(), commonVerification) ? null : disk.verification(),
                        Objects.equals(disk.route(), commonRoute) ? null : disk.route(),
                        disk.error() == null ? null : "error: " + disk.error());
                html.close("td").close("tr");
            }
            html.close("table");
        }
        if (!machine.disks().isEmpty() || !attributes.isEmpty()) {
            html.close("details");
        }
        html.close("td");
    }

    /** The value most disks share, when more than half of them do; otherwise null. */
    private static String mostCommon(CopyReport copy, Function<DiskResult, String> field) {
        Map<String, Long> counts = copy.machines().stream().flatMap(m -> m.disks().stream()).map(field)
                .filter(Objects::nonNull).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long disks = copy.machines().stream().mapToLong(m -> m.disks().size()).sum();
        return counts.entrySet().stream().filter(e -> e.getValue() * 2 > disks).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    static void dns(Html html, DnsCheckReport dns) {
        html.element("p", dns.summary(), "class", "meta");
        openTable(html, "dns", "FQDN", "Verdict", "Expected IP", "Observed chain", "Answered by", "Reason");
        List<DnsCheckResult> failuresFirst = dns.results().stream()
                .sorted(Comparator.comparing((DnsCheckResult r) -> r.severity().ordinal()).reversed()
                        .thenComparing(DnsCheckResult::fqdn)).toList();
        for (DnsCheckResult result : failuresFirst) {
            html.open("tr");
            html.element("td", result.fqdn(), "class", "mono");
            html.element("td", mark(result.severity().name()) + result.verdict().name(), "class",
                    "st st-" + result.severity().name());
            html.element("td", result.expectedIps().isEmpty() ? "-" : String.join(", ", result.expectedIps()),
                    "class", "mono");
            html.element("td", result.chainText(), "class", "mono");
            html.element("td", result.resolution().server(), "class", "mono");
            html.element("td", result.reason());
            html.close("tr").newline();
        }
        html.close("table").newline();
    }

    static void roles(Html html, List<RoleAction> roles) {
        openTable(html, "roles", "Role", "Principal", "Scope", "Outcome", "Detail", "Why");
        for (RoleAction action : roles) {
            html.open("tr");
            if (action.spec() == null) {
                html.raw("<td>-</td><td>-</td><td>-</td>");
            } else {
                html.element("td", action.spec().role().displayName());
                html.element("td", action.spec().principalId(), "class", "mono");
                html.element("td", action.spec().scope(), "class", "mono");
            }
            status(html, action.outcome() == null ? "" : action.outcome().name());
            html.element("td", action.detail() == null ? "" : action.detail());
            html.element("td", action.spec() == null || action.spec().reason() == null ? ""
                    : action.spec().reason());
            html.close("tr").newline();
        }
        html.close("table").newline();
    }

    static void agents(Html html, List<AgentResult> agents) {
        openTable(html, "agents", "Agent", "Verdict", "Agent status", "Version", "Arc", "Last status update",
                "Principal", "Reason");
        for (AgentResult agent : agents) {
            html.open("tr");
            html.open("td", "class", "mono").text(agent.name()).raw("<br>").open("span", "class", "note")
                    .text(agent.resourceId()).close("span").close("td");
            status(html, agent.verdict() == null ? "" : agent.verdict().name());
            html.element("td", agent.agentStatus());
            html.element("td", agent.agentVersion());
            html.element("td", agent.arcStatus());
            html.element("td", agent.lastStatusUpdate(), "class", "mono");
            html.element("td", agent.principalId(), "class", "mono");
            html.element("td", agent.reason() == null ? "" : agent.reason());
            html.close("tr").newline();
        }
        html.close("table").newline();
    }

    /** A table with its header row; the attributes give it borders even without the stylesheet. */
    static void openTable(Html html, String id, String... headings) {
        html.open("table", "id", id + "-table", "border", "1", "cellspacing", "0", "cellpadding", "4").open("tr");
        for (String heading : headings) {
            html.element("th", heading);
        }
        html.close("tr").newline();
    }

    /** A status cell: a symbol and the word, so that it reads without colour; the class colours it. */
    static void status(Html html, String status) {
        html.element("td", mark(status) + status, "class", "st st-" + status);
    }

    static String mark(String status) {
        return switch (status) {
            case "SUCCEEDED", "PASSED", "PASS", "OK", "ADOPTED", "CREATED", "ALREADY_PRESENT", "REVOKED",
                    "ALREADY_ABSENT" -> "\u2713 ";
            case "FAILED", "FAIL" -> "\u2717 ";
            case "WARNING", "STOPPED", "WOULD_CREATE", "WOULD_REVOKE" -> "! ";
            case "" -> "";
            default -> "\u2013 ";
        };
    }

    private static void num(Html html, String value) {
        html.element("td", value, "class", "num");
    }

    private static void lines(Html html, String... lines) {
        boolean first = true;
        for (String line : lines) {
            if (line != null && !line.isEmpty()) {
                if (!first) {
                    html.raw("<br>");
                }
                html.text(line);
                first = false;
            }
        }
    }
}
