package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.ProxyConfiguration;
import jenkins.model.Jenkins;

/**
 * Jenkins' HTTP proxy as the agent needs it, or null when none is configured. Read from the live setting (what the
 * UI, JCasC or an init script last set), not from {@code proxy.xml}, which only holds what was saved.
 */
public final class JenkinsProxy {
    private JenkinsProxy() {
    }

    public static ProxySettings current() {
        return of(Jenkins.get().getProxy());
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
