package io.jenkins.plugins.azuremigration.engine.copy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The 512-byte footer of a VHD (Microsoft's Virtual Hard Disk Image Format Specification). Azure accepts only
 * fixed VHDs as disks: the disk's bytes followed by this footer, whose "current size" equals the data length.
 */
public record VhdFooter(int diskType, long currentSize, long originalSize, boolean checksumValid) {
    public static final int SIZE = 512;
    public static final int TYPE_FIXED = 2;
    public static final int TYPE_DYNAMIC = 3;
    public static final int TYPE_DIFFERENCING = 4;
    private static final byte[] COOKIE = "conectix".getBytes(StandardCharsets.US_ASCII);
    private static final Instant VHD_EPOCH = Instant.parse("2000-01-01T00:00:00Z");
    private static final int CHECKSUM_OFFSET = 64;

    /** The footer in {@code block} (the last 512 bytes of a file), or empty when it carries no VHD cookie. */
    public static Optional<VhdFooter> parse(byte[] block) {
        if (block.length != SIZE || !startsWithCookie(block)) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(block);
        long originalSize = buffer.getLong(40);
        long currentSize = buffer.getLong(48);
        int diskType = buffer.getInt(60);
        int stored = buffer.getInt(CHECKSUM_OFFSET);
        return Optional.of(new VhdFooter(diskType, currentSize, originalSize, stored == checksum(block)));
    }

    /** A valid footer for a fixed disk of {@code dataSize} bytes (a multiple of 512). */
    public static byte[] forFixedDisk(long dataSize, UUID uniqueId, Instant created) {
        if (dataSize <= 0 || dataSize % SIZE != 0) {
            throw new IllegalArgumentException("A fixed VHD's data size must be a positive multiple of 512, was " + dataSize);
        }
        ByteBuffer buffer = ByteBuffer.allocate(SIZE);
        buffer.put(COOKIE);
        buffer.putInt(2);                       // features: the reserved bit is always set
        buffer.putInt(0x00010000);              // file format version 1.0
        buffer.putLong(-1L);                    // data offset: none for a fixed disk
        buffer.putInt((int) Duration.between(VHD_EPOCH, created).getSeconds());
        buffer.put("wave".getBytes(StandardCharsets.US_ASCII));
        buffer.putInt(0x00010000);              // creator version
        buffer.put("Wi2k".getBytes(StandardCharsets.US_ASCII));
        buffer.putLong(dataSize);               // original size
        buffer.putLong(dataSize);               // current size
        buffer.putInt(geometry(dataSize));
        buffer.putInt(TYPE_FIXED);
        buffer.putInt(0);                       // checksum, filled below
        buffer.putLong(uniqueId.getMostSignificantBits());
        buffer.putLong(uniqueId.getLeastSignificantBits());
        byte[] footer = buffer.array();
        ByteBuffer.wrap(footer).putInt(CHECKSUM_OFFSET, checksum(footer));
        return footer;
    }

    public boolean isFixed() {
        return diskType == TYPE_FIXED;
    }

    public String diskTypeName() {
        return switch (diskType) {
            case TYPE_FIXED -> "fixed";
            case TYPE_DYNAMIC -> "dynamic";
            case TYPE_DIFFERENCING -> "differencing";
            default -> "unknown type " + diskType;
        };
    }

    /** The one's complement of the sum of every footer byte except the checksum's own four. */
    static int checksum(byte[] footer) {
        int sum = 0;
        for (int i = 0; i < SIZE; i++) {
            if (i < CHECKSUM_OFFSET || i >= CHECKSUM_OFFSET + 4) {
                sum += footer[i] & 0xFF;
            }
        }
        return ~sum;
    }

    private static boolean startsWithCookie(byte[] block) {
        for (int i = 0; i < COOKIE.length; i++) {
            if (block[i] != COOKIE[i]) {
                return false;
            }
        }
        return true;
    }

    /** Cylinders, heads and sectors per track, as the specification's algorithm computes them. */
    static int geometry(long dataSize) {
        long totalSectors = Math.min(dataSize / SIZE, 65535L * 16 * 255);
        long sectorsPerTrack;
        long heads;
        long cylinderTimesHeads;
        if (totalSectors >= 65535L * 16 * 63) {
            sectorsPerTrack = 255;
            heads = 16;
            cylinderTimesHeads = totalSectors / sectorsPerTrack;
        } else {
            sectorsPerTrack = 17;
            cylinderTimesHeads = totalSectors / sectorsPerTrack;
            heads = Math.max(4, (cylinderTimesHeads + 1023) / 1024);
            if (cylinderTimesHeads >= heads * 1024 || heads > 16) {
                sectorsPerTrack = 31;
                heads = 16;
                cylinderTimesHeads = totalSectors / sectorsPerTrack;
            }
            if (cylinderTimesHeads >= heads * 1024) {
                sectorsPerTrack = 63;
                heads = 16;
                cylinderTimesHeads = totalSectors / sectorsPerTrack;
            }
        }
        long cylinders = cylinderTimesHeads / heads;
        return (int) (cylinders << 16 | heads << 8 | sectorsPerTrack);
    }
}
