package jenkins.model.queue;

import hudson.model.ModelObject;

/** Compile-only stand-in for Jenkins core's {@code jenkins.model.queue.ITask}, a supertype of {@code SubTask}. */
public interface ITask extends ModelObject {
}
