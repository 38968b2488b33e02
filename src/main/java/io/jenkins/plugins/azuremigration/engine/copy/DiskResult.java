package io.jenkins.plugins.azuremigration.engine.copy;

import io.jenkins.plugins.azuremigration.engine.wave.BlobType;
import java.io.Serializable;
import java.time.Duration;

/**
 * What happened to one disk. Bytes: {@code total} is the disk's size; {@code sent} went over the wire in this run;
 * {@code skipped} were empty pages never sent; {@code resumed} were already in Azure from an earlier run.
 * {@code route} says which copy path ran (upload from this machine, or service to service).
 */
public record DiskResult(String source, String target, BlobType type, CopyStatus status, long bytesTotal,
        long bytesSent, long bytesSkipped, long bytesResumed, Duration duration, int retries, int throttled,
        String verification, String route, String error) implements Serializable {
    private static final long serialVersionUID = 1L;
}
