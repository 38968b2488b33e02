package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.jenkins.Messages;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.AbstractStepExecutionImpl;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * A wave step as asynchronous work: {@code start} hands the run to a thread of its own and returns, so an hours-long
 * copy holds no CPS thread. Its saved state is the wave source and the request (credentials by id, no secret).
 * {@code stop} asks the agent to checkpoint through the stop file, waits for the reports, and only then interrupts.
 * After a controller restart {@code onResume} runs the step again: the agent and role stages are idempotent and the
 * copy resumes from its checkpoint journal in the workspace; if the agent is gone the step fails saying so.
 */
public class WaveStepExecution extends AbstractStepExecutionImpl {
    private static final long serialVersionUID = 1L;
    /** The agent's grace and the archiving after it: within the 60 s the Pipeline timeout step allows a stopped body. */
    static final Duration STOP_WAIT = StageWorker.STOP_GRACE.plusSeconds(15);
    static final Duration RESUME_WAIT = Duration.ofMinutes(10);
    private static final Duration RESUME_POLL = Duration.ofSeconds(15);

    private final WaveSource source;
    private final StageRequest request;
    private final ReturnShape shape;
    private final String owner = UUID.randomUUID().toString();
    private transient volatile Thread worker;
    private transient AtomicBoolean completed;
    private transient volatile Throwable stopCause;
    private transient volatile boolean resumed;

    public WaveStepExecution(StepContext context, WaveSource source, StageRequest request, ReturnShape shape) {
        super(context);
        this.source = source;
        this.request = request;
        this.shape = shape;
    }

    @Override
    public boolean start() {
        launch();
        return false;
    }

    private void launch() {
        Thread thread = new Thread(this::runToEnd, request.step() + " " + source);
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    private void runToEnd() {
        StepContext context = getContext();
        try {
            if (stopCause != null) {
                complete(null, stopCause);
                return;
            }
            Run<?, ?> run = context.get(Run.class);
            TaskListener listener = context.get(TaskListener.class);
            FilePath workspace = workspace(context, listener);
            WaveResults results = WaveRun.execute(run, workspace, context.get(EnvVars.class),
                    context.get(Launcher.class), listener, source, request, owner,
                    WaveRun.pipelineUnstable(run, context.get(FlowNode.class)));
            complete(shape.of(results), stopCause);
        } catch (AbortException failure) {
            complete(null, stopCause != null ? stopCause : failure);
        } catch (IOException failure) {
            // the context's workspace or launcher could not be had (the agent went away before the run started)
            complete(null, stopCause != null ? stopCause : WaveRun.agentLost(request, failure));
        } catch (Throwable failure) {
            // handed to Pipeline, which ends the step with it (an InterruptedException included): nothing is swallowed
            complete(null, stopCause != null ? stopCause : failure);
        }
    }

    /** Ends the step once: the worker and the stop path may both try, whichever comes first wins. */
    private void complete(Object value, Throwable failure) {
        if (!completedFlag().compareAndSet(false, true)) {
            return;
        }
        if (failure != null) {
            getContext().onFailure(failure);
        } else {
            getContext().onSuccess(value);
        }
    }

    private synchronized AtomicBoolean completedFlag() {
        if (completed == null) {
            completed = new AtomicBoolean();
        }
        return completed;
    }

    /**
     * The workspace; after a restart the agent may take a while to reconnect, so it is tried for up to
     * {@link #RESUME_WAIT} before the step fails saying why.
     */
    private FilePath workspace(StepContext context, TaskListener listener) throws IOException, InterruptedException {
        if (!resumed) {
            return context.get(FilePath.class);
        }
        long deadline = System.nanoTime() + RESUME_WAIT.toNanos();
        while (true) {
            try {
                FilePath workspace = context.get(FilePath.class);
                if (workspace == null || !workspace.exists()) {
                    throw new IOException("the workspace is not reachable");
                }
                listener.getLogger().println(Messages.resumedAfterRestart(request.step(), request.journal()));
                return workspace;
            } catch (IOException e) {
                if (System.nanoTime() > deadline || stopCause != null) {
                    throw new AbortException(Messages.cannotResume(request.step(), e.getMessage() + " after "
                            + RESUME_WAIT.toMinutes() + " minutes", request.journal()));
                }
                Thread.sleep(RESUME_POLL.toMillis());
            }
        }
    }

    @Override
    public void stop(Throwable cause) {
        stopCause = cause;
        Thread stopper = new Thread(() -> stopGently(cause), "stop " + request.step());
        stopper.setDaemon(true);
        stopper.start();
    }

    private void stopGently(Throwable cause) {
        Thread running = worker;
        try {
            FilePath workspace = getContext().get(FilePath.class);
            if (workspace != null) {
                getContext().get(TaskListener.class).getLogger().println(Messages.stopping(request.step(),
                        request.journal()));
                workspace.child(request.stopFile()).write(owner, "UTF-8");
            }
            if (running != null) {
                running.join(STOP_WAIT.toMillis());
            }
        } catch (IOException | RuntimeException e) {
            // the agent or the context is gone: nothing to checkpoint there; the interruption below is all there is
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running != null && running.isAlive()) {
            running.interrupt();
        }
        complete(null, cause);
    }

    @Override
    public void onResume() {
        resumed = true;
        launch();
    }

    @Override
    public String getStatus() {
        Thread running = worker;
        return request.step() + " of " + source + (running != null && running.isAlive() ? ": running" : ": not running")
                + (stopCause != null ? ", stopping" : "");
    }
}
