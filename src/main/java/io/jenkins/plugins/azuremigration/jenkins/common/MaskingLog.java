package io.jenkins.plugins.azuremigration.jenkins.common;

import io.jenkins.plugins.azuremigration.engine.report.Redactor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The console of a step: every line has the step's secret values (and their URL-encoded forms, as a SAS appears in
 * a URL) replaced by {@code ****}, then the engine's pattern redaction (account keys, SAS signatures) on top. The
 * engine never prints a secret; this is the second lock on the same door.
 */
public final class MaskingLog implements Consumer<String> {
    private final Consumer<String> console;
    private final List<String> secrets = new ArrayList<>();

    public MaskingLog(Consumer<String> console, List<String> secretValues) {
        this.console = console;
        for (String value : secretValues) {
            if (value != null && value.length() >= 4) {
                secrets.add(value);
                String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
                if (!encoded.equals(value)) {
                    secrets.add(encoded);
                }
            }
        }
        // longest first, so a secret that contains another is masked whole
        secrets.sort(Comparator.comparingInt(String::length).reversed());
    }

    public String mask(String line) {
        String masked = line;
        for (String secret : secrets) {
            masked = masked.replace(secret, Redactor.MASK);
        }
        return Redactor.redact(masked);
    }

    @Override
    public void accept(String line) {
        console.accept(mask(line));
    }
}
