package io.jenkins.plugins.azuremigration.engine.wave;

import java.util.List;

/**
 * Where and what the private-link DNS check resolves. {@code server} is {@code host:port}, or null for the
 * system resolver of the machine that runs the check. {@code privateEndpoints} are ARM resource ids whose FQDNs
 * and IPs are read from Azure; {@code expect} adds explicit pairs. The last three tune the resolver: each query
 * waits {@code timeoutMillis}, is tried {@code retries} more times, and at most {@code concurrency} names are in
 * flight at once.
 */
public record DnsSettings(String server, List<DnsExpectation> expect, List<String> privateEndpoints,
        int timeoutMillis, int retries, int concurrency) {
    public static final int DEFAULT_TIMEOUT_MILLIS = 2000;
    public static final int MIN_TIMEOUT_MILLIS = 50;
    public static final int MAX_TIMEOUT_MILLIS = 60_000;
    public static final int DEFAULT_RETRIES = 2;
    public static final int MAX_RETRIES = 10;
    public static final int DEFAULT_CONCURRENCY = 32;
    public static final int MAX_CONCURRENCY = 256;

    public DnsSettings {
        expect = List.copyOf(expect);
        privateEndpoints = List.copyOf(privateEndpoints);
        if (timeoutMillis < MIN_TIMEOUT_MILLIS || timeoutMillis > MAX_TIMEOUT_MILLIS) {
            throw new IllegalArgumentException("timeoutMillis out of range: " + timeoutMillis);
        }
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new IllegalArgumentException("retries out of range: " + retries);
        }
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("concurrency out of range: " + concurrency);
        }
    }

    /** The settings of a wave that names only a server and explicit pairs; everything else at its default. */
    public DnsSettings(String server, List<DnsExpectation> expect) {
        this(server, expect, List.of(), DEFAULT_TIMEOUT_MILLIS, DEFAULT_RETRIES, DEFAULT_CONCURRENCY);
    }

    public static DnsSettings systemResolver() {
        return new DnsSettings(null, List.of());
    }
}
