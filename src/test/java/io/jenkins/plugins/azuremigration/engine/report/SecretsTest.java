package io.jenkins.plugins.azuremigration.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.agents.AgentResult;
import io.jenkins.plugins.azuremigration.engine.agents.AgentVerdict;
import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.CopyStatus;
import io.jenkins.plugins.azuremigration.engine.copy.DiskResult;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckReport;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckResult;
import io.jenkins.plugins.azuremigration.engine.roles.RoleAction;
import io.jenkins.plugins.azuremigration.engine.roles.RoleOutcome;
import io.jenkins.plugins.azuremigration.engine.wave.BlobType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Canary secrets put where a careless message would put them (errors, reasons, notes, warnings, URLs, machine-list
 * cells) never reach a report, in any format or encoding.
 */
class SecretsTest {
    static final String CLIENT_SECRET = "xY78Q~CanaryClientSecret0123456789abcd";
    static final String SAS_SIGNATURE = "CanarySasSignature7Zk3abcdEFGH1234567890xyzw";
    static final String ACCOUNT_KEY = Base64.getEncoder().encodeToString(
            "CanaryAccountKey-CanaryAccountKey-CanaryAccountKey-CanaryAccount".getBytes(StandardCharsets.US_ASCII));
    static final String BEARER = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJjYW5hcnkiOiJDYW5hcnlCZWFyZXIifQ"
            + ".Q2FuYXJ5QmVhcmVyU2lnbmF0dXJlMTIzNDU2Nzg5MA";
    static final String TOKEN = "CanaryTokenValue0123456789abcdefABCDEF";
    static final String SAS = "sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-11-28T06:00:00Z&spr=https&sig="
            + SAS_SIGNATURE + "%3D";
    static final String CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=migcache01;AccountKey="
            + ACCOUNT_KEY + ";EndpointSuffix=core.windows.net";

    @TempDir
    Path dir;

    @Test
    void noReportContainsACanary() throws Exception {
        List<Path> files = ReportChecks.writeValidated(careless(), dir);

        assertThat(ACCOUNT_KEY).hasSize(88).endsWith("==");
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String canary : List.of(CLIENT_SECRET, "CanaryClientSecret", SAS_SIGNATURE, ACCOUNT_KEY,
                    ACCOUNT_KEY.substring(0, 40), BEARER, "eyJjYW5hcnki", "Q2FuYXJ5QmVhcmVy", TOKEN)) {
                assertThat(text).as(file.getFileName() + " must not contain " + canary).doesNotContain(canary);
            }
            assertThat(text).as(file.getFileName() + " shows that something was masked").contains("****");
        }
        String csv = Files.readString(files.get(2));
        assertThat(csv).contains("sig=****").contains("AccountKey=****");
    }

    /** A wave whose free text carries every canary, the way a careless message would. */
    private static WaveResults careless() {
        WaveResults base = SampleWaves.realistic();
        List<MachineResult> machines = new ArrayList<>(base.copy().machines());
        MachineResult first = machines.get(0);
        DiskResult disk = first.disks().get(0);
        DiskResult leaky = new DiskResult("https://src.blob.core.windows.net/vhds/db.vhd?" + SAS,
                disk.target() + "?" + SAS, BlobType.PAGE, CopyStatus.FAILED, disk.bytesTotal(), disk.bytesSent(),
                disk.bytesSkipped(), 0, Duration.ofMinutes(3), 20, 20, null,
                "service to service: Put Page From URL with x-ms-copy-source-authorization: Bearer " + BEARER,
                "Status code 403, \"<Error><Code>AuthenticationFailed</Code><Message>Signature did not match. String"
                        + " to sign used was rwdlac ... sig=" + SAS_SIGNATURE + "</Message></Error>\"");
        machines.set(0, new MachineResult(first.name(), CopyStatus.FAILED, first.batch(), first.started(),
                first.finished(), List.of(leaky), "could not open " + CONNECTION_STRING));
        CopyReport copy = new CopyReport(base.copy().wave(), base.copy().started(), base.copy().finished(), machines,
                "stopped: the SAS " + SAS + " expired", List.of("retrying with token=" + TOKEN));
        List<AgentResult> agents = new ArrayList<>(base.agents());
        AgentResult agent = agents.get(3);
        agents.set(3, new AgentResult(agent.name(), agent.resourceId(), agent.agentStatus(), agent.agentVersion(),
                agent.lastStatusUpdate(), agent.arcStatus(), agent.principalId(), AgentVerdict.FAILED,
                "AADSTS7000215: Invalid client secret provided (client_secret=" + CLIENT_SECRET + ")"));
        List<RoleAction> roles = new ArrayList<>(base.roles());
        RoleAction role = roles.get(4);
        roles.set(4, new RoleAction(role.spec(), RoleOutcome.FAILED, "401 with Authorization: Bearer " + BEARER));
        DnsCheckReport dns = base.dns();
        List<DnsCheckResult> names = new ArrayList<>(dns.results());
        DnsCheckResult name = names.get(5);
        names.set(5, new DnsCheckResult(name.fqdn(), name.verdict(), "ARM answered with secret " + CLIENT_SECRET
                + " and key " + ACCOUNT_KEY, name.expectedIps(), name.sources(), name.privateEndpointIds(),
                name.connectionState(), name.resolution(), name.elapsedMillis()));
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>(base.machineAttributes());
        attributes.put(first.name(), Map.of("NOTES", "ops pasted SharedAccessSignature=" + SAS + " here"));
        return new WaveResults(base.wave(), base.waveFile(), base.cloud(), base.started(), base.finished(), false,
                List.of(new StageOutcome(Stage.AGENTS, StageOutcome.Status.FAILED, "sign-in failed for secret "
                        + CLIENT_SECRET), new StageOutcome(Stage.COPY, StageOutcome.Status.FAILED,
                                "Authorization: Bearer " + BEARER)),
                agents, new DnsCheckReport(dns.waveName(), dns.resolver(), dns.started(), dns.elapsed(), names),
                roles, List.of("connection string was " + CONNECTION_STRING), copy, attributes);
    }
}
