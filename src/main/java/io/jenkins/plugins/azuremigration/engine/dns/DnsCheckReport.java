package io.jenkins.plugins.azuremigration.engine.dns;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Every FQDN's result (in name order), who was asked, and when; immutable and Serializable for the agent channel. */
public record DnsCheckReport(String waveName, String resolver, Instant started, Duration elapsed,
        List<DnsCheckResult> results) implements Serializable {
    public DnsCheckReport {
        Objects.requireNonNull(waveName, "waveName");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(elapsed, "elapsed");
        results = List.copyOf(results);
    }

    public long count(Severity severity) {
        return results.stream().filter(r -> r.severity() == severity).count();
    }

    public Map<Verdict, Long> countByVerdict() {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        results.forEach(r -> counts.merge(r.verdict(), 1L, Long::sum));
        return counts;
    }

    public boolean passed() {
        return count(Severity.FAIL) == 0;
    }

    /**
     * No name got any answer: the resolver itself is unreachable, an environment failure rather than a DNS
     * fault of the names (bin/wave exits 3).
     */
    public boolean resolverUnreachable() {
        return !results.isEmpty() && results.stream().map(r -> r.resolution().outcome())
                .allMatch(o -> o == Resolution.Outcome.TIMEOUT || o == Resolution.Outcome.UNREACHABLE);
    }

    /** e.g. {@code 12 names via 127.0.0.1:5353 in 0.4 s: 9 OK, 1 warning, 2 failed (1 PUBLIC_IP, 1 NXDOMAIN)}. */
    public String summary() {
        StringBuilder failures = new StringBuilder();
        countByVerdict().forEach((verdict, count) -> {
            if (verdict.severity() == Severity.FAIL) {
                failures.append(failures.length() == 0 ? " (" : ", ").append(count).append(' ').append(verdict);
            }
        });
        if (failures.length() > 0) {
            failures.append(')');
        }
        return results.size() + " names via " + resolver + " in " + String.format(Locale.ROOT, "%.1f s",
                elapsed.toMillis() / 1000.0) + ": " + count(Severity.PASS) + " OK, " + count(Severity.WARNING)
                + " warning(s), " + count(Severity.FAIL) + " failed" + failures;
    }
}
