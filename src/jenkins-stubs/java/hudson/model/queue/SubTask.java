package hudson.model.queue;

import hudson.model.ResourceActivity;
import jenkins.model.queue.ITask;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.model.queue.SubTask}, a supertype of {@code Queue.Task}; its
 * methods are left out, nothing of ours implements it.
 */
public interface SubTask extends ResourceActivity, ITask {
}
