package io.jenkins.plugins.azuremigration.engine.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import io.jenkins.plugins.azuremigration.fixtures.dns.DnsCheckChild;
import io.jenkins.plugins.azuremigration.fixtures.dns.NamespacedDnsmasq;
import io.jenkins.plugins.azuremigration.fixtures.dns.NetworkNamespace;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "The system resolver" for real: a network namespace whose resolv.conf names dnsmasq on the namespace's own
 * loopback, and the check in a child JVM inside it, with the request and the report serialized as on a Jenkins
 * agent. Nothing in the namespace can reach any other address.
 */
class SystemResolverNamespaceTest {
    private static final List<String> ZONE = List.of(
            "host-record=migcache01.privatelink.blob.core.windows.net,10.20.1.4",
            "cname=migcache01.blob.core.windows.net,migcache01.privatelink.blob.core.windows.net",
            "host-record=blob.ams07prdstr02a.store.core.windows.net,20.60.1.1",
            "cname=migpublic01.privatelink.blob.core.windows.net,blob.ams07prdstr02a.store.core.windows.net",
            "cname=migpublic01.blob.core.windows.net,migpublic01.privatelink.blob.core.windows.net",
            "host-record=mighosts01.blob.core.windows.net,10.20.1.13",
            "local=/windows.net/");

    @TempDir
    Path dir;

    @Test
    void checksThroughTheResolverThatResolvConfNames() throws Exception {
        Optional<String> unavailable = NetworkNamespace.unavailableReason();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> "SKIPPED the system-resolver test: " + unavailable.get()
                + "; it needs a network namespace with its own resolv.conf");
        DnsCheckRequest request = new DnsCheckRequest("wave-07", AzureCloud.AZURE_PUBLIC_CLOUD, null, List.of(
                ExpectedName.of("migcache01.blob.core.windows.net", "10.20.1.4"),
                ExpectedName.of("migpublic01.blob.core.windows.net", "10.20.1.5"),
                ExpectedName.of("mighosts01.blob.core.windows.net", "10.20.1.13"),
                ExpectedName.of("migtypo01.blob.core.windows.net", "10.20.1.16")), Duration.ofMillis(500), 1, 4);
        Path requestFile = dir.resolve("request.ser");
        Path reportFile = dir.resolve("report.ser");
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(requestFile))) {
            out.writeObject(request);
        }

        try (NetworkNamespace namespace = NetworkNamespace.create("wavedns")) {
            namespace.writeResolvConf(List.of("# the namespace's system resolver: dnsmasq on its own loopback",
                    "nameserver 127.0.0.1"));
            try (NamespacedDnsmasq dns = NamespacedDnsmasq.start(namespace, dir.resolve("dns"), ZONE)) {
                namespace.exec(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path"), DnsCheckChild.class.getName(), requestFile.toString(),
                        reportFile.toString()));
            }
        }

        DnsCheckReport report;
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(reportFile))) {
            report = (DnsCheckReport) in.readObject();
        }
        assertThat(report.resolver()).isEqualTo("system resolver (127.0.0.1:53)");
        Map<String, Verdict> verdicts = report.results().stream()
                .collect(Collectors.toMap(DnsCheckResult::fqdn, DnsCheckResult::verdict));
        assertThat(verdicts).containsOnly(
                entry("migcache01.blob.core.windows.net", Verdict.OK),
                entry("migpublic01.blob.core.windows.net", Verdict.PUBLIC_IP),
                entry("mighosts01.blob.core.windows.net", Verdict.NO_PRIVATELINK_CNAME),
                entry("migtypo01.blob.core.windows.net", Verdict.NXDOMAIN));
    }
}
