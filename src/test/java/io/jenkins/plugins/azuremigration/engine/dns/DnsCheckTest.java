package io.jenkins.plugins.azuremigration.engine.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import io.jenkins.plugins.azuremigration.engine.wave.DnsExpectation;
import io.jenkins.plugins.azuremigration.engine.wave.SourcePosition;
import io.jenkins.plugins.azuremigration.fixtures.dns.PrivateLinkDnsLab;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole check against real dnsmasq answering wave 07's names the ways on-premises DNS goes wrong. */
class DnsCheckTest {
    private static final String ASR = PrivateLinkDnsLab.SITE_RECOVERY_VAULT_ID + "-asr-pod01-";
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    @TempDir
    static Path dir;

    private static PrivateLinkDnsLab lab;
    private static DnsCheckRequest request;
    private static DnsCheckReport report;
    private static Map<String, DnsCheckResult> byName;

    @BeforeAll
    static void checkWave07() throws Exception {
        lab = PrivateLinkDnsLab.start(dir);
        List<PrivateEndpoint> endpoints = ArmSnapshot.read(PrivateLinkDnsLab.armFolder()).endpoints();
        SourcePosition at = new SourcePosition("wave-07.yaml", 1, 1);
        List<DnsExpectation> waveFile = List.of(
                new DnsExpectation("mighosts01.blob.core.windows.net", "10.20.1.13", at),
                new DnsExpectation("migpair01.blob.core.windows.net", "10.20.1.14", at),
                new DnsExpectation("migpair01.blob.core.windows.net", "10.20.1.15", at),
                new DnsExpectation("migtypo01.blob.core.windows.net", "10.20.1.16", at));
        List<ExpectedName> names = ExpectedNames.union(endpoints, waveFile,
                PrivateLinkZones.of(AzureCloud.AZURE_PUBLIC_CLOUD));
        request = new DnsCheckRequest("wave-07", AzureCloud.AZURE_PUBLIC_CLOUD, lab.address(), names, TIMEOUT, 1, 8);
        report = DnsCheck.run(request);
        byName = report.results().stream().collect(Collectors.toMap(DnsCheckResult::fqdn, Function.identity()));
    }

    @AfterAll
    static void stopLab() throws InterruptedException {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void everyFaultGetsItsOwnVerdict() {
        Map<String, Verdict> verdicts = report.results().stream()
                .collect(Collectors.toMap(DnsCheckResult::fqdn, DnsCheckResult::verdict));
        assertThat(verdicts).containsOnly(
                entry("migcache01.blob.core.windows.net", Verdict.OK),
                entry("migpair01.blob.core.windows.net", Verdict.OK),
                entry("mighosts01.blob.core.windows.net", Verdict.NO_PRIVATELINK_CNAME),
                entry("migpublic01.blob.core.windows.net", Verdict.PUBLIC_IP),
                entry("migstale01.blob.core.windows.net", Verdict.WRONG_PRIVATE_IP),
                entry("migmulti01.blob.core.windows.net", Verdict.WRONG_PRIVATE_IP),
                entry("migv6only01.blob.core.windows.net", Verdict.WRONG_PRIVATE_IP),
                entry("migmissing01.blob.core.windows.net", Verdict.NXDOMAIN),
                entry("migtypo01.blob.core.windows.net", Verdict.NXDOMAIN),
                entry("migbroken01.blob.core.windows.net", Verdict.SERVFAIL),
                entry("migslow01.blob.core.windows.net", Verdict.TIMEOUT),
                entry("kv-wave07.vault.azure.net", Verdict.ENDPOINT_NOT_APPROVED),
                entry(ASR + "prot2.weu.siterecovery.windowsazure.com", Verdict.OK),
                entry(ASR + "rcm1.weu.siterecovery.windowsazure.com", Verdict.OK),
                entry(ASR + "srs1.weu.siterecovery.windowsazure.com", Verdict.OK),
                entry(ASR + "id1.weu.siterecovery.windowsazure.com", Verdict.OK),
                entry(ASR + "tel1.weu.siterecovery.windowsazure.com", Verdict.OK));
        assertThat(report.results()).extracting(DnsCheckResult::fqdn).isSorted();
        assertThat(report.passed()).isFalse();
        assertThat(report.resolverUnreachable()).isFalse();
        assertThat(report.resolver()).isEqualTo(lab.address());
    }

    @Test
    void okFollowsTheCnameThroughThePrivatelinkZoneToTheEndpointsIp() {
        DnsCheckResult ok = byName.get("migcache01.blob.core.windows.net");
        assertThat(ok.chain()).extracting(ObservedRecord::toString).containsExactly(
                "migcache01.blob.core.windows.net CNAME migcache01.privatelink.blob.core.windows.net",
                "migcache01.privatelink.blob.core.windows.net A 10.20.1.4");
        assertThat(ok.chainText()).isEqualTo("CNAME migcache01.privatelink.blob.core.windows.net -> A 10.20.1.4");
        assertThat(ok.reason()).isEqualTo("resolves through privatelink.blob.core.windows.net to 10.20.1.4");
        assertThat(ok.sources()).containsExactly(ExpectationSource.CUSTOM_DNS_CONFIGS,
                ExpectationSource.PRIVATE_DNS_ZONE_GROUP, ExpectationSource.NETWORK_INTERFACE);
        assertThat(ok.severity()).isEqualTo(Severity.PASS);
    }

    @Test
    void publicAnswerNamesTheMissingForwarder() {
        DnsCheckResult result = byName.get("migpublic01.blob.core.windows.net");
        assertThat(result.chainText()).isEqualTo("CNAME migpublic01.privatelink.blob.core.windows.net"
                + " -> CNAME blob.ams07prdstr02a.store.core.windows.net -> A 20.60.1.1");
        assertThat(result.reason()).startsWith("resolves to public 20.60.1.1: the on-premises DNS does not forward"
                + " privatelink.blob.core.windows.net to Azure").endsWith("expected 10.20.1.5");
    }

    @Test
    void staleRecordNamesBothAddresses() {
        DnsCheckResult result = byName.get("migstale01.blob.core.windows.net");
        assertThat(result.observedAddresses()).containsExactly("10.20.1.99");
        assertThat(result.reason()).contains("resolves to 10.20.1.99, but the endpoint's IP is 10.20.1.7")
                .contains("stale record");
    }

    @Test
    void missingPrivatelinkRecordIsFoundByFollowingTheCname() {
        DnsCheckResult result = byName.get("migmissing01.blob.core.windows.net");
        assertThat(result.chainText()).isEqualTo("CNAME migmissing01.privatelink.blob.core.windows.net -> NXDOMAIN");
        assertThat(result.reason()).isEqualTo("the CNAME points to migmissing01.privatelink.blob.core.windows.net,"
                + " which does not exist (NXDOMAIN): the zone privatelink.blob.core.windows.net has no record for it");
        assertThat(byName.get("migtypo01.blob.core.windows.net").reason())
                .contains("does not exist for this resolver (NXDOMAIN)")
                .contains("a CNAME into privatelink.blob.core.windows.net");
    }

    @Test
    void extraARecordBesidesTheEndpointsIsAFailure() {
        DnsCheckResult result = byName.get("migmulti01.blob.core.windows.net");
        assertThat(result.observedAddresses()).containsExactly("10.20.1.9", "10.20.1.10");
        assertThat(result.chainText()).endsWith("-> A 10.20.1.9, 10.20.1.10");
        assertThat(result.reason()).startsWith("2 address records: 10.20.1.9 is the endpoint's, 10.20.1.10 is not");
        assertThat(byName.get("migpair01.blob.core.windows.net").reason()).endsWith("(2 records, all the endpoint's)");
    }

    @Test
    void ipv6OnlyAnswerIsReportedNotCrashedOn() {
        DnsCheckResult result = byName.get("migv6only01.blob.core.windows.net");
        assertThat(result.resolution().ipv6Only()).isTrue();
        assertThat(result.observedAddresses()).containsExactly("fd00:20::8");
        assertThat(result.chainText()).isEqualTo("CNAME migv6only01.privatelink.blob.core.windows.net"
                + " -> AAAA fd00:20::8");
        assertThat(result.reason()).isEqualTo("only IPv6 answers (AAAA fd00:20::8) and no A record with the"
                + " endpoint's 10.20.1.8: IPv4 clients cannot connect");
    }

    @Test
    void serverFailureAndTimeoutAreRetriedThenReported() {
        DnsCheckResult servfail = byName.get("migbroken01.blob.core.windows.net");
        assertThat(servfail.resolution().rcode()).isEqualTo("SERVFAIL");
        assertThat(servfail.resolution().queries()).isEqualTo(2);
        assertThat(servfail.reason()).startsWith("SERVFAIL from " + lab.address() + " after 2 queries");

        DnsCheckResult timeout = byName.get("migslow01.blob.core.windows.net");
        assertThat(timeout.resolution().queries()).isEqualTo(2);
        assertThat(timeout.chainText()).isEqualTo("no answer");
        assertThat(timeout.reason()).startsWith("no answer from " + lab.address() + " within 300 ms, 2 queries");
        assertThat(timeout.elapsedMillis()).isBetween(2 * TIMEOUT.toMillis() - 50, 4 * TIMEOUT.toMillis());
    }

    @Test
    void endpointThatIsNotApprovedFailsWhateverDnsSays() {
        DnsCheckResult result = byName.get("kv-wave07.vault.azure.net");
        assertThat(result.connectionState()).isEqualTo(ConnectionState.PENDING);
        assertThat(result.observedAddresses()).containsExactly("10.20.2.4");
        assertThat(result.reason()).isEqualTo("private endpoint pe-kv-wave07 is Pending, not Approved: no traffic"
                + " flows until the resource's owner approves the connection (DNS: resolves to 10.20.2.4)");
    }

    @Test
    void hostsFileEntryWithTheRightIpIsOnlyAWarning() {
        DnsCheckResult result = byName.get("mighosts01.blob.core.windows.net");
        assertThat(result.severity()).isEqualTo(Severity.WARNING);
        assertThat(result.chainText()).isEqualTo("A 10.20.1.13");
        assertThat(result.sources()).containsExactly(ExpectationSource.WAVE_FILE);
        assertThat(result.reason()).startsWith("10.20.1.13 is right but comes from an A record for the name itself");
    }

    @Test
    void siteRecoveryVaultsFiveNamesComeFromTheEndpoint() {
        for (int i = 0; i < PrivateLinkDnsLab.SITE_RECOVERY_TYPES.size(); i++) {
            String type = PrivateLinkDnsLab.SITE_RECOVERY_TYPES.get(i);
            DnsCheckResult result = byName.get(ASR + type + ".weu.siterecovery.windowsazure.com");
            assertThat(result.expectedIps()).containsExactly("10.20.3." + (4 + i));
            assertThat(result.privateEndpointIds()).singleElement().asString().endsWith("/pe-rsv-wave07-asr");
            assertThat(result.reason()).isEqualTo("resolves through privatelink.siterecovery.windowsazure.com to"
                    + " 10.20.3." + (4 + i));
        }
    }

    @Test
    void requestAndReportCrossAJenkinsChannelIntact() throws Exception {
        assertThat(roundTrip(request)).isEqualTo(request);
        assertThat(roundTrip(report)).isEqualTo(report);
    }

    @Test
    void aServerThatNeverAnswersMakesTheResolverUnreachable() throws Exception {
        DnsCheckReport silent = DnsCheck.run(new DnsCheckRequest("wave-07", AzureCloud.AZURE_PUBLIC_CLOUD,
                lab.silentAddress(), request.names().subList(0, 3), Duration.ofMillis(200), 0, 3));
        assertThat(silent.results()).extracting(DnsCheckResult::verdict).containsOnly(Verdict.TIMEOUT);
        assertThat(silent.resolverUnreachable()).isTrue();
    }

    @Test
    void aClosedPortIsReportedAsUnreachable() throws Exception {
        int closedPort;
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            closedPort = socket.getLocalPort();
        }
        DnsCheckReport closed = DnsCheck.run(new DnsCheckRequest("wave-07", AzureCloud.AZURE_PUBLIC_CLOUD,
                "127.0.0.1:" + closedPort, request.names().subList(0, 1), Duration.ofMillis(200), 1, 1));
        assertThat(closed.results()).singleElement().satisfies(result -> {
            assertThat(result.verdict()).isEqualTo(Verdict.TIMEOUT);
            assertThat(result.reason()).isEqualTo("nothing answers DNS at 127.0.0.1:" + closedPort
                    + " (port unreachable) after 2 queries");
        });
        assertThat(closed.resolverUnreachable()).isTrue();
    }

    @Test
    void concurrencyBoundsTheQueriesInFlight() throws Exception {
        List<ExpectedName> names = request.names().subList(0, 4);
        Duration timeout = Duration.ofMillis(150);
        DnsCheckReport oneAtATime = DnsCheck.run(new DnsCheckRequest("wave-07", AzureCloud.AZURE_PUBLIC_CLOUD,
                lab.silentAddress(), names, timeout, 0, 1));
        DnsCheckReport allAtOnce = DnsCheck.run(new DnsCheckRequest("wave-07", AzureCloud.AZURE_PUBLIC_CLOUD,
                lab.silentAddress(), names, timeout, 0, 4));
        assertThat(oneAtATime.elapsed()).isGreaterThanOrEqualTo(timeout.multipliedBy(4));
        assertThat(allAtOnce.elapsed()).isLessThan(timeout.multipliedBy(3));
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
