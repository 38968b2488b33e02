package io.jenkins.plugins.azuremigration.engine.wave;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A server of the wave with its disks. {@code attributes} keeps the machine-list columns we carry but do not act
 * on (target resource group, tags, ...) so that reports can show them; {@code skipReason} is set when the
 * machine list gates it out (OK_TO_MIGRATE is not Y).
 */
public record Machine(String name, List<Disk> disks, Map<String, String> attributes, String skipReason,
        SourcePosition position) {
    public Machine {
        Objects.requireNonNull(name, "name");
        disks = List.copyOf(disks);
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        Objects.requireNonNull(position, "position");
    }

    public boolean isSkipped() {
        return skipReason != null;
    }
}
