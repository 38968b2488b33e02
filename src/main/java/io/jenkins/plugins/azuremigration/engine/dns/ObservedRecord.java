package io.jenkins.plugins.azuremigration.engine.dns;

import java.io.Serializable;
import java.util.Objects;

/** One record of the answer chain: {@code name} {@code type} {@code value}, e.g. a CNAME hop or an A record. */
public record ObservedRecord(String name, String type, String value, long ttl) implements Serializable {
    public ObservedRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    public boolean isCname() {
        return "CNAME".equals(type);
    }

    public boolean isAddress() {
        return "A".equals(type) || "AAAA".equals(type);
    }

    @Override
    public String toString() {
        return name + " " + type + " " + value;
    }
}
