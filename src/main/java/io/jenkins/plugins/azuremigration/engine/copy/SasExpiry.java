package io.jenkins.plugins.azuremigration.engine.copy;

import io.jenkins.plugins.azuremigration.engine.wave.Disk;
import io.jenkins.plugins.azuremigration.engine.wave.Machine;
import io.jenkins.plugins.azuremigration.engine.wave.SecretValue;
import io.jenkins.plugins.azuremigration.engine.wave.StorageSettings;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When the wave's SAS ({@code storage.sas}, or a {@code SharedAccessSignature=} in the connection string) stops
 * working, read from its {@code se} field, and whether that is before the copy can end. A copy that would outlive
 * its SAS is said so before anything is sent, not discovered as 403s at 4 a.m.
 */
final class SasExpiry {
    /** Assumed upload rate when the wave sets no cap: a conservative figure for one ExpressRoute-connected host. */
    static final long ASSUMED_BYTES_PER_SECOND = 100L * 1024 * 1024;

    private SasExpiry() {
    }

    /** The expiry of the SAS the storage settings carry, if any. Never returns or prints the SAS itself. */
    static Optional<Instant> of(StorageSettings storage) {
        return sasText(storage).flatMap(SasExpiry::expiry);
    }

    /** Where the SAS came from, for messages: e.g. {@code env:MIGRATION_SAS}. */
    static String source(StorageSettings storage) {
        return storage.sas() != null ? "storage.sas (" + storage.sas().source() + ")"
                : "the SAS in storage.connectionString (" + storage.connectionString().source() + ")";
    }

    static Optional<Instant> expiry(String sas) {
        for (String field : sas.replaceFirst("^\\?", "").split("[&;]")) {
            if (field.startsWith("se=")) {
                try {
                    return Optional.of(Instant.parse(URLDecoder.decode(field.substring(3), StandardCharsets.UTF_8)));
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The latest time a copy of {@code bytes} at {@code bytesPerSecond} ends, bounded by the window end if any. */
    static Instant estimatedEnd(Instant now, long bytes, long bytesPerSecond, Instant windowEnd) {
        Instant byVolume = now.plus(Duration.ofSeconds(bytes / Math.max(1, bytesPerSecond) + 1));
        return windowEnd != null && windowEnd.isBefore(byVolume) ? windowEnd : byVolume;
    }

    /** What to tell the user before the copy: nothing, a warning, or (expired) a reason to fail every machine. */
    record Verdict(boolean expired, String message) {
    }

    static Optional<Verdict> check(Wave wave, Instant now, Instant windowEnd) {
        Optional<Instant> expiry = of(wave.storage());
        if (expiry.isEmpty()) {
            return Optional.empty();
        }
        if (!expiry.get().isAfter(now)) {
            return Optional.of(new Verdict(true, source(wave.storage()) + " expired at " + expiry.get()
                    + "; give a new SAS"));
        }
        long bytes = localSourceBytes(wave);
        long rate = wave.copy().capMbps() > 0 ? wave.copy().capMbps() * 125_000L : ASSUMED_BYTES_PER_SECOND;
        Instant end = estimatedEnd(now, bytes, rate, windowEnd);
        if (expiry.get().isBefore(end)) {
            return Optional.of(new Verdict(false, source(wave.storage()) + " expires at " + expiry.get()
                    + ", before the copy's estimated end at " + end + " (up to " + ProgressPrinter.bytes(bytes) + " at "
                    + ProgressPrinter.bytes(rate) + "/s); give a SAS valid until at least then"));
        }
        return Optional.empty();
    }

    private static long localSourceBytes(Wave wave) {
        long total = 0;
        for (Machine machine : wave.machines()) {
            for (Disk disk : machine.disks()) {
                if (!machine.isSkipped() && disk.source().isLocal()) {
                    try {
                        total += Files.size(disk.source().resolveAgainst(wave.folder()));
                    } catch (IOException e) {
                        // a missing source fails its own machine later, with its own message
                    }
                }
            }
        }
        return total;
    }

    private static Optional<String> sasText(StorageSettings storage) {
        if (storage.sas() != null) {
            return Optional.of(storage.sas().reveal());
        }
        SecretValue connection = storage.connectionString();
        if (connection == null) {
            return Optional.empty();
        }
        for (String part : connection.reveal().split(";")) {
            if (part.startsWith("SharedAccessSignature=")) {
                return Optional.of(part.substring("SharedAccessSignature=".length()));
            }
        }
        return Optional.empty();
    }
}
