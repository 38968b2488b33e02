package io.jenkins.plugins.azuremigration.engine.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VhdFooterTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void writtenFooterReadsBackAsAValidFixedDisk() {
        byte[] footer = VhdFooter.forFixedDisk(48 * MIB, UUID.fromString("6f0c2a3e-1b7d-4c52-9a51-0d9e8f7a6b5c"),
                Instant.parse("2026-01-01T00:00:00Z"));

        VhdFooter parsed = VhdFooter.parse(footer).orElseThrow();

        assertThat(parsed.isFixed()).isTrue();
        assertThat(parsed.checksumValid()).isTrue();
        assertThat(parsed.currentSize()).isEqualTo(48 * MIB);
        assertThat(new String(footer, 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("conectix");
    }

    @Test
    void geometryFollowsTheSpecificationsAlgorithm() {
        // 98,304 sectors: 17 sectors per track, 6 heads, 963 cylinders (worked by hand from the specification)
        assertThat(VhdFooter.geometry(48 * MIB)).isEqualTo(963 << 16 | 6 << 8 | 17);
        // at and above 65535 * 16 * 63 sectors: 255 sectors per track, 16 heads
        assertThat(VhdFooter.geometry(65535L * 16 * 63 * 512) & 0xFFFF).isEqualTo(16 << 8 | 255);
    }

    @Test
    void aDamagedByteBreaksTheChecksumAndOtherDiskTypesAreNamed() {
        byte[] footer = VhdFooter.forFixedDisk(MIB, UUID.randomUUID(), Instant.now());
        footer[50] ^= 1;
        assertThat(VhdFooter.parse(footer).orElseThrow().checksumValid()).isFalse();

        byte[] dynamic = VhdFooter.forFixedDisk(MIB, UUID.randomUUID(), Instant.now());
        dynamic[63] = VhdFooter.TYPE_DYNAMIC;
        assertThat(VhdFooter.parse(dynamic).orElseThrow().diskTypeName()).isEqualTo("dynamic");
        assertThat(VhdFooter.parse(new byte[512])).isEmpty();
    }
}
