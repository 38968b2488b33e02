package io.jenkins.plugins.azuremigration.jenkins.dns;

import hudson.AbortException;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheck;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckReport;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckRequest;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.report.StageOutcome;
import io.jenkins.plugins.azuremigration.engine.report.WaveReports;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import io.jenkins.plugins.azuremigration.engine.wave.WaveParser;
import io.jenkins.plugins.azuremigration.engine.wave.WaveProblem;
import io.jenkins.plugins.azuremigration.engine.wave.WaveValidationException;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs on the agent, invoked on the workspace: parses the wave there, resolves its names through the agent's network,
 * writes the four wave reports into the workspace and returns the results. Only value fields cross the channel.
 */
final class DnsCheckCallable extends MasterToSlaveFileCallable<WaveResults> {
    private static final long serialVersionUID = 1L;

    private final WaveSource source;
    private final String dnsServer;
    private final String out;
    private final HashMap<String, String> environment;

    DnsCheckCallable(WaveSource source, String dnsServer, String out, Map<String, String> environment) {
        this.source = source;
        this.dnsServer = dnsServer;
        this.out = out;
        this.environment = new HashMap<>(environment);
    }

    @Override
    public WaveResults invoke(File workspace, VirtualChannel channel) throws IOException, InterruptedException {
        Path root = workspace.toPath();
        DnsCheckRequest request = request(root);
        WaveResults results = results(request, DnsCheck.run(request));
        WaveReports.writeAll(results, root.resolve(out));
        return results;
    }

    /** The request for the wave in {@code workspace}; private endpoints read from Azure are not part of it yet. */
    DnsCheckRequest request(Path workspace) throws IOException {
        String wave = source.displayName(out);
        Wave parsed;
        try {
            parsed = WaveParser.parse(source.materialize(workspace, out), wave, environment::get);
        } catch (WaveValidationException e) {
            throw new AbortException("Wave " + wave + " has " + e.problems().size()
                    + " problem(s); nothing was checked:\n" + e.problems().stream().map(WaveProblem::toString)
                    .collect(Collectors.joining("\n")));
        }
        DnsCheckRequest request;
        try {
            request = DnsCheckRequest.forWave(parsed, List.of(), dnsServer);
        } catch (IllegalArgumentException e) {
            throw new AbortException("azureMigrationDnsCheck: " + e.getMessage() + "; nothing was checked");
        }
        if (request.names().isEmpty()) {
            throw new AbortException("azureMigrationDnsCheck: nothing to check in " + source.displayName(out)
                    + ": list the names to check in dns.expect");
        }
        return request;
    }

    private WaveResults results(DnsCheckRequest request, DnsCheckReport report) {
        StageOutcome stage = new StageOutcome(Stage.DNS,
                report.passed() ? StageOutcome.Status.PASSED : StageOutcome.Status.FAILED, report.summary());
        return new WaveResults(report.waveName(), source.displayName(out), request.cloud().waveName(), report.started(),
                report.started().plus(report.elapsed()), false, List.of(stage), List.of(), report, List.of(),
                List.of(), null, Map.of());
    }
}
