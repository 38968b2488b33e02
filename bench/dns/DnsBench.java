import io.jenkins.plugins.azuremigration.engine.dns.DnsCheck;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckReport;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckRequest;
import io.jenkins.plugins.azuremigration.engine.dns.ExpectedName;
import io.jenkins.plugins.azuremigration.engine.dns.Severity;
import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import io.jenkins.plugins.azuremigration.engine.wave.DnsSettings;
import io.jenkins.plugins.azuremigration.fixtures.DnsmasqServer;
import io.jenkins.plugins.azuremigration.fixtures.ProjectHome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The private-link DNS check on N names (default 500) against dnsmasq on 127.0.0.1, each a CNAME through the
 * privatelink zone to its A record, with the wave file's default timeout, retries and concurrency. Prints the first
 * (cold JVM) run and the warm runs; the target is under 2 s for 500 names. Run with bench/dns/run [NAMES] [RUNS].
 */
public final class DnsBench {
    private static final Duration TARGET = Duration.ofSeconds(2);

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> zone = new ArrayList<>();
        List<ExpectedName> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String ip = "10.30." + i / 250 + "." + (i % 250 + 1);
            zone.add("host-record=bench" + i + ".privatelink.blob.core.windows.net," + ip);
            zone.add("cname=bench" + i + ".blob.core.windows.net,bench" + i + ".privatelink.blob.core.windows.net");
            names.add(ExpectedName.of("bench" + i + ".blob.core.windows.net", ip));
        }
        zone.add("local=/windows.net/");
        try (DnsmasqServer dns = DnsmasqServer.start(ProjectHome.work().resolve("bench/dns"), zone)) {
            DnsCheckRequest request = new DnsCheckRequest("bench", AzureCloud.AZURE_PUBLIC_CLOUD, dns.address(), names,
                    Duration.ofMillis(DnsSettings.DEFAULT_TIMEOUT_MILLIS), DnsSettings.DEFAULT_RETRIES,
                    DnsSettings.DEFAULT_CONCURRENCY);
            long[] millis = new long[runs];
            for (int run = 0; run < runs; run++) {
                DnsCheckReport report = DnsCheck.run(request);
                if (report.count(Severity.PASS) != count) {
                    throw new IllegalStateException("not every name passed: " + report.summary());
                }
                millis[run] = report.elapsed().toMillis();
                System.out.printf("run %d%s: %d names in %d ms%n", run + 1, run == 0 ? " (cold JVM)" : "", count,
                        millis[run]);
            }
            long[] warm = Arrays.copyOfRange(millis, Math.min(1, runs - 1), runs);
            Arrays.sort(warm);
            long median = warm[warm.length / 2];
            System.out.printf("%d names via %s, concurrency %d: cold %d ms, warm median %d ms (target < %d ms): %s%n",
                    count, dns.address(), request.concurrency(), millis[0], median, TARGET.toMillis(),
                    millis[0] < TARGET.toMillis() ? "MET" : "MISSED");
        }
    }
}
