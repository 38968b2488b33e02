package hudson.model;

import hudson.model.queue.SubTask;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.model.Queue}, declared only because {@code Queue.Task} is
 * nested in it: the plugin asks whether an item is a task (jobs are) to list credentials as the job's
 * authentication. {@code save()} is the real implementation of {@code Saveable.save()}.
 */
public class Queue extends ResourceController implements Saveable {
    /** Suppresses the implicit public no-argument constructor; the real one is {@code Queue(LoadBalancer)}. */
    private Queue() {
    }

    @Override
    public void save() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Something the queue runs: every job whose builds look credentials up. Its methods are left out. */
    public interface Task extends ModelObject, SubTask {
    }
}
