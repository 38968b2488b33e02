package hudson.model;

import java.io.IOException;

/** Compile-only stand-in for Jenkins core's {@code hudson.model.Saveable}. */
public interface Saveable {
    void save() throws IOException;
}
