package hudson.model;

import java.io.Serializable;
import org.kohsuke.stapler.export.CustomExportedBean;

/** Compile-only stand-in for Jenkins core's {@code hudson.model.Result}: only the constant the plugin uses. */
public final class Result implements Serializable, CustomExportedBean {
    private static final long serialVersionUID = 1L;

    public static final Result UNSTABLE = new Result();

    /** Suppresses the implicit public no-argument constructor, which the real class does not have. */
    private Result() {
    }
}
