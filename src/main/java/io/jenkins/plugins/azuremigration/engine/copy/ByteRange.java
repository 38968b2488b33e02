package io.jenkins.plugins.azuremigration.engine.copy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A half-open byte range [offset, offset + length) of a disk. */
public record ByteRange(long offset, long length) {
    public ByteRange {
        if (offset < 0 || length <= 0) {
            throw new IllegalArgumentException("invalid range " + offset + "+" + length);
        }
    }

    public long end() {
        return offset + length;
    }

    /** Sorted, with touching and overlapping ranges joined: the form Get Page Ranges answers in. */
    public static List<ByteRange> merge(List<ByteRange> ranges) {
        List<ByteRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(ByteRange::offset));
        List<ByteRange> merged = new ArrayList<>();
        for (ByteRange range : sorted) {
            ByteRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range.offset() <= last.end()) {
                merged.set(merged.size() - 1, new ByteRange(last.offset(), Math.max(last.end(), range.end()) - last.offset()));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    public static long totalLength(List<ByteRange> ranges) {
        return ranges.stream().mapToLong(ByteRange::length).sum();
    }

    @Override
    public String toString() {
        return "[" + offset + ", " + end() + ")";
    }
}
