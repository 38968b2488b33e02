package io.jenkins.plugins.azuremigration.cli;

import io.jenkins.plugins.azuremigration.engine.azure.ArmException;
import io.jenkins.plugins.azuremigration.engine.azure.SignInException;
import io.jenkins.plugins.azuremigration.engine.dns.ArmEndpointReader;
import io.jenkins.plugins.azuremigration.engine.dns.ArmPayloadException;
import io.jenkins.plugins.azuremigration.engine.dns.ArmSnapshot;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheck;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckReport;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckRequest;
import io.jenkins.plugins.azuremigration.engine.dns.DnsReportJson;
import io.jenkins.plugins.azuremigration.engine.dns.DnsReportTable;
import io.jenkins.plugins.azuremigration.engine.dns.DnsServerAddress;
import io.jenkins.plugins.azuremigration.engine.dns.PrivateEndpoint;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.report.StageOutcome;
import io.jenkins.plugins.azuremigration.engine.report.WaveReports;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.DiskFileCheck;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import io.jenkins.plugins.azuremigration.engine.wave.WaveValidationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wave dns WAVE}: resolves every private-link name of the wave from this machine and prints one line per
 * FQDN (failures first), then writes {@code DIR/dns-results.json}. Exit 0 when nothing failed (warnings allowed),
 * 1 when a check failed, 2 for bad input, 3 when the resolver answered nothing at all.
 */
@Command(name = "dns", mixinStandardHelpOptions = true,
        description = "Verifies private-link DNS from this machine: every FQDN of the wave's private endpoints and"
                + " dns.expect resolves through its privatelink CNAME to the endpoint's IP.")
final class DnsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WAVE", description = "The wave file (YAML).")
    private Path wave;

    @Option(names = "--dns-server", paramLabel = "HOST:PORT", description = "Ask this server (an IP address with an"
            + " optional port) instead of dns.server or the system resolver.")
    private String dnsServer;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "wave-reports",
            description = "Where dns-results.json and the four wave reports go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--arm-json", paramLabel = "DIR", description = "Saved ARM GET responses (*.json) of the private"
            + " endpoints, their privateDnsZoneGroups and network interfaces, instead of reading them from Azure"
            + " (for a machine that cannot reach Azure Resource Manager).")
    private Path armJson;

    @CommandLine.Mixin
    private ArmAccessOptions armAccess;

    @Option(names = "--no-source-check", description = StageCommand.NO_SOURCE_CHECK)
    private boolean noSourceCheck;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Wave parsed;
        List<PrivateEndpoint> endpoints;
        try {
            parsed = WaveParser.parse(wave, wave.toString(), System::getenv,
                    noSourceCheck ? DiskFileCheck.SKIP : DiskFileCheck.CHECK);
            if (dnsServer != null) {
                DnsServerAddress.parse(dnsServer);
            }
            endpoints = endpoints(parsed);
        } catch (WaveValidationException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (SignInException e) {
            err.println("wave dns: " + e.getMessage() + "; nothing was checked.");
            return ExitCode.ENVIRONMENT;
        } catch (IllegalArgumentException | ArmPayloadException | ArmException e) {
            err.println("wave dns: " + e.getMessage() + "; nothing was checked.");
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("wave dns: cannot read --arm-json " + armJson + ": " + e.getMessage()
                    + "; nothing was checked.");
            return ExitCode.BAD_INPUT;
        }
        DnsCheckRequest request = DnsCheckRequest.forWave(parsed, endpoints, dnsServer);
        if (request.names().isEmpty()) {
            err.println("wave dns: nothing to check in " + wave + ": list the wave's private endpoints in"
                    + " dns.privateEndpoints (with --arm-json) or names in dns.expect.");
            return ExitCode.BAD_INPUT;
        }
        DnsCheckReport report;
        try {
            report = DnsCheck.run(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("wave dns: interrupted; no results were written.");
            return ExitCode.ENVIRONMENT;
        }
        console.println("Private-link DNS of wave " + parsed.name() + " (" + parsed.cloud().waveName()
                + "), resolved from this machine via " + report.resolver() + ":");
        DnsReportTable.render(report).forEach(console::println);
        try {
            console.println("Results: " + DnsReportJson.write(report, out));
            WaveResults results = new WaveResults(parsed.name(), wave.toString(), parsed.cloud().waveName(),
                    report.started(), report.started().plus(report.elapsed()), false, List.of(new StageOutcome(Stage.DNS,
                    report.passed() ? StageOutcome.Status.PASSED : StageOutcome.Status.FAILED, report.summary())),
                    List.of(), report, List.of(), List.of(), null, Map.of());
            console.println("Reports: " + WaveReports.writeAll(results, out));
        } catch (IOException e) {
            err.println("wave dns: cannot write " + out.resolve(DnsReportJson.FILE_NAME) + ": " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        if (report.resolverUnreachable()) {
            err.println("wave dns: no name got any answer from " + report.resolver() + ": the resolver is unreachable"
                    + " from this machine (check the address, the firewall, and that it runs).");
            return ExitCode.ENVIRONMENT;
        }
        if (!report.passed()) {
            console.println("What to fix for each verdict: docs/dns-troubleshooting.md");
        }
        return report.passed() ? ExitCode.PASSED : ExitCode.FAILED;
    }

    /** The wave's endpoints from the saved payloads: those dns.privateEndpoints names, or all when it names none. */
    private List<PrivateEndpoint> endpoints(Wave parsed) throws IOException, ArmPayloadException {
        List<String> ids = parsed.dns().privateEndpoints();
        if (armJson == null) {
            // read from Azure Resource Manager, signed in as the other ARM commands are (--access-token-file, or az
            // login, AZURE_* variables, ...)
            return ids.isEmpty() ? List.of() : new ArmEndpointReader(StageRun.armFor(parsed, armAccess.access())).read(ids);
        }
        ArmSnapshot snapshot = ArmSnapshot.read(armJson);
        return ids.isEmpty() ? snapshot.endpoints() : snapshot.select(ids);
    }
}
