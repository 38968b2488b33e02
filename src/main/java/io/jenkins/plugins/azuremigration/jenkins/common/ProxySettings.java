package io.jenkins.plugins.azuremigration.jenkins.common;

import com.azure.core.http.ProxyOptions;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Jenkins' HTTP proxy (Manage Jenkins, System, HTTP Proxy), carried to the agent that calls Azure. Jenkins lists
 * hosts to reach directly one per line or comma-separated, with {@code *} wildcards; azure-core takes Java's
 * {@code http.nonProxyHosts} form, the same patterns joined with {@code |}.
 */
public final class ProxySettings implements Serializable {
    private static final long serialVersionUID = 1L;

    static final List<String> LOCAL_IDENTITY_ENDPOINTS = List.of("169.254.169.254", "localhost", "127.0.0.1");

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

    /**
     * Jenkins' list, plus the machine's own identity endpoints, which no proxy can reach: the instance metadata
     * service (managed identity on an Azure VM) and localhost (Azure Arc's identity endpoint, port 40342).
     */
    static String javaNonProxyHosts(String jenkinsNoProxyHost) {
        String listed = jenkinsNoProxyHost == null ? "" : jenkinsNoProxyHost;
        return Stream.concat(Arrays.stream(listed.split("[\\s,;|]+")), LOCAL_IDENTITY_ENDPOINTS.stream())
                .filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining("|"));
    }

    /** The azure-core options; the address stays unresolved so the agent's own resolver looks the proxy up. */
    public ProxyOptions toProxyOptions() {
        ProxyOptions options = new ProxyOptions(ProxyOptions.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
        if (userName != null) {
            options.setCredentials(userName, password == null ? "" : password);
        }
        options.setNonProxyHosts(noProxyHosts);
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
        return "proxy " + host + ":" + port + (userName == null ? "" : " as " + userName) + ", direct: " + noProxyHosts;
    }
}
