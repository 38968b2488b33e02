package io.jenkins.plugins.azuremigration.engine.copy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.wave.SecretValue;
import io.jenkins.plugins.azuremigration.engine.wave.StorageSettings;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SasExpiryTest {
    private static final String SAS = "sv=2024-11-04&ss=b&srt=co&sp=rwlc&se=2026-11-28T06%3A00%3A00Z&st=2026-11-27T18%3A00%3A00Z"
            + "&spr=https&sig=" + "Q2FuYXJ5U2lnbmF0dXJl" + "VGhhdE11c3ROZXZlckxlYWs%3D";

    @Test
    void readsTheExpiryOfStorageSasAndOfAConnectionStringSas() {
        StorageSettings sas = new StorageSettings(null, "https://migcache01.blob.core.windows.net",
                new SecretValue("env:MIGRATION_SAS", SAS));
        StorageSettings connection = new StorageSettings(new SecretValue("env:CONN",
                "BlobEndpoint=https://migcache01.blob.core.windows.net/;SharedAccessSignature=" + SAS), null, null);

        assertThat(SasExpiry.of(sas)).contains(Instant.parse("2026-11-28T06:00:00Z"));
        assertThat(SasExpiry.of(connection)).contains(Instant.parse("2026-11-28T06:00:00Z"));
        assertThat(SasExpiry.source(sas)).isEqualTo("storage.sas (env:MIGRATION_SAS)").doesNotContain("sig");
    }

    @Test
    void accountKeyConnectionStringsHaveNoExpiry() {
        StorageSettings key = new StorageSettings(new SecretValue("env:CONN", "UseDevelopmentStorage=true"), null, null);
        assertThat(SasExpiry.of(key)).isEmpty();
    }

    @Test
    void estimatedEndIsBoundedByTheWindow() {
        Instant now = Instant.parse("2026-11-27T22:00:00Z");
        long oneHourOfData = 3600L * 100 * 1024 * 1024;
        assertThat(SasExpiry.estimatedEnd(now, oneHourOfData, 100L * 1024 * 1024, null))
                .isEqualTo(Instant.parse("2026-11-27T23:00:01Z"));
        assertThat(SasExpiry.estimatedEnd(now, oneHourOfData * 10, 100L * 1024 * 1024,
                Instant.parse("2026-11-28T05:30:00Z"))).isEqualTo(Instant.parse("2026-11-28T05:30:00Z"));
    }
}
