package io.jenkins.plugins.azuremigration.jenkins.common;

import com.azure.core.http.ProxyOptions;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Jenkins' HTTP proxy (Manage Jenkins, System, HTTP Proxy), carried to the agent that calls Azure. Jenkins lists
 * hosts to reach directly one per line or comma-separated, with {@code *} wildcards; azure-core takes Java's
 * {@code http.nonProxyHosts} form, the same patterns joined with {@code |}.
 */
public final class ProxySettings implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String host;
    private final int port;
    private final String userName;
    private final String password;
    private final String noProxyHosts;

    public ProxySettings(String host, int port, String userName, String password, String noProxyHost) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("proxy host is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("proxy port must be 1..65535, was " + port);
        }
        this.host = host.trim();
        this.port = port;
        this.userName = userName == null || userName.isBlank() ? null : userName;
        this.password = this.userName == null ? null : password;
        this.noProxyHosts = javaNonProxyHosts(noProxyHost);
    }

    static String javaNonProxyHosts(String jenkinsNoProxyHost) {
        if (jenkinsNoProxyHost == null) {
            return null;
        }
        String joined = Arrays.stream(jenkinsNoProxyHost.split("[\\s,;|]+")).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("|"));
        return joined.isEmpty() ? null : joined;
    }

    /** The azure-core options; the address stays unresolved so the agent's own resolver looks the proxy up. */
    public ProxyOptions toProxyOptions() {
        ProxyOptions options = new ProxyOptions(ProxyOptions.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
        if (userName != null) {
            options.setCredentials(userName, password == null ? "" : password);
        }
        if (noProxyHosts != null) {
            options.setNonProxyHosts(noProxyHosts);
        }
        return options;
    }

    public boolean hasUser() {
        return userName != null;
    }

    String password() {
        return password;
    }

    @Override
    public String toString() {
        return "proxy " + host + ":" + port + (userName == null ? "" : " as " + userName)
                + (noProxyHosts == null ? "" : ", direct: " + noProxyHosts);
    }
}
