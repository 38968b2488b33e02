package io.jenkins.plugins.azuremigration.engine.wave;

import java.util.Locale;

/** How a disk lands in Azure: a page blob (VHDs and raw images, sparse) or a block blob (anything else). */
public enum BlobType {
    PAGE, BLOCK;

    public String waveName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The default for a source without an explicit type: disk images become page blobs. */
    static BlobType forSourceName(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        int query = lower.indexOf('?');
        String path = query < 0 ? lower : lower.substring(0, query);
        return path.endsWith(".vhd") || path.endsWith(".img") || path.endsWith(".raw") ? PAGE : BLOCK;
    }
}
