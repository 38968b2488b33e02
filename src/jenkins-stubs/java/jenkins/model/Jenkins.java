package jenkins.model;

import hudson.ProxyConfiguration;

/**
 * Compile-only stand-in for Jenkins core's {@code jenkins.model.Jenkins}: only the members the plugin calls. Its
 * supertypes (AbstractCIBase, Node, ItemGroup, ... ) are left out on purpose, see docs/jenkins-api.md; the plugin
 * calls nothing inherited through it.
 */
public class Jenkins {
    private Jenkins() {
    }

    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public ProxyConfiguration getProxy() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
