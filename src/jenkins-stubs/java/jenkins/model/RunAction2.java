package jenkins.model;

import hudson.model.Action;
import hudson.model.Run;

/** Compile-only stand-in for Jenkins core's {@code jenkins.model.RunAction2}: an action told about its run. */
public interface RunAction2 extends Action {
    void onAttached(Run<?, ?> r);

    void onLoad(Run<?, ?> r);
}
