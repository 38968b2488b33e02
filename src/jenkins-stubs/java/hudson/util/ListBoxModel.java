package hudson.util;

import java.util.ArrayList;
import org.kohsuke.stapler.HttpResponse;

/** Compile-only stand-in for Jenkins core's {@code hudson.util.ListBoxModel}. */
public class ListBoxModel extends ArrayList<ListBoxModel.Option> implements HttpResponse {
    private static final long serialVersionUID = 1L;

    public ListBoxModel() {
    }

    public void add(String displayName, String value) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** The element type of the list (the real nested class); only named, through the superclass's type argument. */
    public static final class Option {
        /** Suppresses the implicit public no-argument constructor, which the real class does not have. */
        private Option() {
        }
    }
}
