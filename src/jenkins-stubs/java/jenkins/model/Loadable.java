package jenkins.model;

import java.io.IOException;

/** Compile-only stand-in for Jenkins core's {@code jenkins.model.Loadable}. */
public interface Loadable {
    void load() throws IOException;
}
