package hudson;

import java.util.TreeMap;

/** Compile-only stand-in for Jenkins core's {@code hudson.EnvVars}. */
public class EnvVars extends TreeMap<String, String> {
    private static final long serialVersionUID = 1L;

    public EnvVars() {
    }

    public String expand(String s) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
