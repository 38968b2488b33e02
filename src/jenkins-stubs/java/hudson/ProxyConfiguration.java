package hudson;

import hudson.model.Describable;
import hudson.model.Saveable;
import hudson.util.Secret;
import java.io.IOException;
import java.io.Serializable;

/**
 * Compile-only stand-in for Jenkins core's {@code hudson.ProxyConfiguration}. The constructor stores the three public
 * fields (the final ones must be assigned) as given, without the real class's trimming; every method throws.
 */
public final class ProxyConfiguration implements Describable<ProxyConfiguration>, Saveable, Serializable {
    private static final long serialVersionUID = 1L;

    public final String name;

    public final int port;

    public String noProxyHost;

    public ProxyConfiguration(String name, int port, String userName, String password, String noProxyHost) {
        this.name = name;
        this.port = port;
        this.noProxyHost = noProxyHost;
    }

    public String getUserName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public Secret getSecretPassword() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getNoProxyHost() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** The real implementation of {@link Saveable#save()}. */
    @Override
    public void save() throws IOException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static ProxyConfiguration load() throws IOException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
