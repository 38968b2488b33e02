package io.jenkins.plugins.azuremigration.jenkins.dns;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckReport;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckResult;
import io.jenkins.plugins.azuremigration.engine.dns.DnsReportTable;
import io.jenkins.plugins.azuremigration.engine.dns.Severity;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.jenkins.common.ReportPublisher;
import io.jenkins.plugins.azuremigration.jenkins.common.StageRequest;
import io.jenkins.plugins.azuremigration.jenkins.common.StepVerdict;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveRun;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Sends the check to the agent that holds the workspace, prints the table, publishes the reports like every wave
 * step, and turns failures into the step's result.
 */
class DnsCheckExecution extends SynchronousNonBlockingStepExecution<List<Map<String, Object>>> {
    private static final long serialVersionUID = 1L;

    private final transient DnsCheckStep step;

    DnsCheckExecution(DnsCheckStep step, StepContext context) {
        super(context);
        this.step = step;
    }

    @Override
    protected List<Map<String, Object>> run() throws Exception {
        FilePath workspace = getContext().get(FilePath.class);
        TaskListener listener = getContext().get(TaskListener.class);
        EnvVars environment = getContext().get(EnvVars.class);
        WaveResults results = workspace.act(step.callable(environment));
        DnsCheckReport report = results.dns();
        PrintStream logger = listener.getLogger();
        logger.println("Private-link DNS of wave " + report.waveName() + ", resolved on the agent via "
                + report.resolver() + ":");
        DnsReportTable.render(report).forEach(logger::println);
        StageRequest request = step.request();
        ReportPublisher.publish(getContext().get(Run.class), workspace, getContext().get(Launcher.class), listener,
                request, results, StepVerdict.of(results, request));
        if (!report.passed()) {
            long failed = report.count(Severity.FAIL);
            if (!step.isUnstableOnFailure()) {
                throw new AbortException("azureMigrationDnsCheck: " + failed + " of " + report.results().size()
                        + " name(s) failed the private-link DNS check");
            }
            String message = "azureMigrationDnsCheck: " + failed + " name(s) failed the private-link DNS check";
            logger.println(message + "; marking the build UNSTABLE");
            WaveRun.pipelineUnstable(getContext().get(Run.class), getContext().get(FlowNode.class)).mark(message);
        }
        return verdicts(report);
    }

    /** One map of plain values per FQDN, for the Pipeline script. */
    static List<Map<String, Object>> verdicts(DnsCheckReport report) {
        List<Map<String, Object>> verdicts = new ArrayList<>();
        for (DnsCheckResult result : report.results()) {
            Map<String, Object> verdict = new LinkedHashMap<>();
            verdict.put("fqdn", result.fqdn());
            verdict.put("verdict", result.verdict().name());
            verdict.put("severity", result.severity().name());
            verdict.put("expected", new ArrayList<>(result.expectedIps()));
            verdict.put("observed", new ArrayList<>(result.observedAddresses()));
            verdict.put("reason", result.reason());
            verdicts.add(verdict);
        }
        return verdicts;
    }
}
