package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.remoting.RequestAbortedException;
import io.jenkins.plugins.azuremigration.engine.dns.DnsReportTable;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.jenkins.Messages;
import java.io.IOException;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * One step on one build, the same for Pipeline steps and the freestyle builder: look the credentials up on the
 * controller, run the stages on the agent that holds the workspace, publish the reports, and turn the outcome into
 * the build's result. What it prints passes through the step's masking too.
 */
public final class WaveRun {
    private WaveRun() {
    }

    /** How a step marks its build UNSTABLE: Pipeline also flags the step's stage; freestyle sets the result. */
    @FunctionalInterface
    public interface Unstable {
        void mark(String message) throws IOException, InterruptedException;
    }

    /**
     * @param owner names this run of the step on the agent (see {@link WaveRunCallable})
     * @param unstable marks the build UNSTABLE with the verdict's message
     */
    public static WaveResults execute(Run<?, ?> run, FilePath workspace, EnvVars environment, Launcher launcher,
            TaskListener listener, WaveSource source, StageRequest request, String owner, Unstable unstable)
            throws IOException, InterruptedException {
        AzureAccess access = CredentialsLookup.resolve(run, request.connection()).withProxy(JenkinsProxy.current());
        MaskingLog console = new MaskingLog(listener.getLogger()::println, access.secretValues());
        console.accept(request.step() + ": " + source + ", stages " + request.stages() + ", as " + access + ", on "
                + workspace.getRemote());
        if (access.proxy() != null && access.proxy().hasUser()) {
            console.accept(request.step() + ": the proxy needs a user; if it answers 407 over HTTPS, start the agent's"
                    + " JVM with -Djdk.http.auth.tunneling.disabledSchemes= (the JDK refuses Basic tunnelling by default)");
        }
        WaveRunCallable callable = new WaveRunCallable(source, request, access, environment, listener, owner);
        WaveResults results = onAgent(request, () -> workspace.act(callable));
        if (results.dns() != null) {
            console.accept("Private-link DNS of wave " + results.wave() + ", resolved on the agent via "
                    + results.dns().resolver() + ":");
            DnsReportTable.render(results.dns()).forEach(console);
        }
        StepVerdict verdict = StepVerdict.of(results, request);
        try {
            ReportPublisher.publish(run, workspace, launcher, listener, request, results, verdict);
        } catch (IOException | RequestAbortedException failed) {
            throw notArchived(request, failed);
        }
        apply(verdict, console, unstable);
        return results;
    }

    /** Work on the agent, which may go away under it. */
    @FunctionalInterface
    interface AgentCall<T> {
        T call() throws IOException, InterruptedException;
    }

    /**
     * Runs {@code call}; a channel that closes under it (remoting fails a pending call with the unchecked
     * {@link RequestAbortedException}, an already closed one with {@code ChannelClosedException}, an IOException)
     * becomes the lost-run message, which keeps the checkpoint and asks for a re-run. The agent's own refusal (an
     * {@link AbortException}) and anything else, such as the class filter's {@code SecurityException}, pass as they are.
     */
    static <T> T onAgent(StageRequest request, AgentCall<T> call) throws IOException, InterruptedException {
        try {
            return call.call();
        } catch (AbortException refused) {
            throw refused;
        } catch (IOException | RequestAbortedException lost) {
            throw agentLost(request, lost);
        }
    }

    /** The channel or the workspace went away while the agent ran: the checkpoint stays, a re-run resumes. */
    static AbortException agentLost(StageRequest request, Exception cause) {
        return withCause(new AbortException(Messages.runLost(request.step(), describe(cause), request.journal())), cause);
    }

    /**
     * The agent finished (roles may have changed, disks were copied) and only the controller's part failed: say so,
     * and where the reports are, instead of asking for a re-run.
     */
    static AbortException notArchived(StageRequest request, Exception cause) {
        return withCause(new AbortException(Messages.reportsNotArchived(request.step(), describe(cause), request.out())),
                cause);
    }

    private static String describe(Exception cause) {
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static AbortException withCause(AbortException failure, Exception cause) {
        failure.initCause(cause);
        return failure;
    }

    static void apply(StepVerdict verdict, MaskingLog console, Unstable unstable)
            throws IOException, InterruptedException {
        switch (verdict.kind()) {
            case SUCCESS -> console.accept(verdict.message());
            case UNSTABLE -> {
                console.accept(verdict.message() + "; marking the build UNSTABLE");
                unstable.mark(console.mask(verdict.message()));
            }
            case FAILURE -> throw new AbortException(console.mask(verdict.message()));
        }
    }

    /** Pipeline's way, as the {@code unstable} step does it: the build's result, and a warning on the step's node. */
    public static Unstable pipelineUnstable(Run<?, ?> run, FlowNode node) {
        return message -> {
            run.setResult(Result.UNSTABLE);
            if (node != null) {
                node.addAction(new WarningAction(Result.UNSTABLE).withMessage(message));
            }
        };
    }
}
