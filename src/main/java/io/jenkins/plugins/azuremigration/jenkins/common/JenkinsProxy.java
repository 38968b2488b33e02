package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.ProxyConfiguration;
import java.io.IOException;

/** Jenkins' configured HTTP proxy as the agent needs it, or null when none is configured. */
public final class JenkinsProxy {
    private JenkinsProxy() {
    }

    public static ProxySettings current() throws IOException {
        return of(ProxyConfiguration.load());
    }

    static ProxySettings of(ProxyConfiguration proxy) {
        if (proxy == null || proxy.name == null || proxy.name.isBlank()) {
            return null;
        }
        return new ProxySettings(proxy.name, proxy.port, proxy.getUserName(),
                proxy.getSecretPassword() == null ? null : proxy.getSecretPassword().getPlainText(),
                proxy.getNoProxyHost());
    }
}
