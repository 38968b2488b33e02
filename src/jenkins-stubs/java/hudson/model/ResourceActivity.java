package hudson.model;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.model.ResourceActivity}, a supertype of {@code Queue.Task}.
 * Its abstract {@code getDisplayName()} and default {@code getResourceList()} are left out: nothing of ours
 * implements it.
 */
public interface ResourceActivity {
}
