package io.jenkins.plugins.azuremigration.engine.wave;

import java.util.List;

/**
 * Where and what the private-link DNS check resolves. {@code server} is {@code host:port}, or null for the
 * system resolver of the machine that runs the check.
 */
public record DnsSettings(String server, List<DnsExpectation> expect) {
    public DnsSettings {
        expect = List.copyOf(expect);
    }

    public static DnsSettings systemResolver() {
        return new DnsSettings(null, List.of());
    }
}
