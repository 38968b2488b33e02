package io.jenkins.plugins.azuremigration.engine.wave;

import java.net.URI;
import java.util.Locale;

/**
 * Builds a {@link Disk} from its text fields, the same way for wave files and machine lists. A null text means
 * the caller has already reported it missing or unresolvable.
 */
final class DiskFactory {
    private final Problems problems;
    private final LocalSources local;

    DiskFactory(Problems problems, LocalSources local) {
        this.problems = problems;
        this.local = local;
    }

    DiskSource source(String text, SourcePosition position, String field) {
        if (text == null) {
            return null;
        }
        if (BlobUrls.looksLikeUrl(text)) {
            URI url = BlobUrls.parseBlob(text, position, field, problems);
            return url == null ? null : DiskSource.blob(url);
        }
        String path = text.trim();
        return local.allowed(path, position, field) ? DiskSource.local(path) : null;
    }

    /** Reports a local source that the copy could not read as {@code type} (unless checks are skipped). */
    void checkFile(DiskSource source, BlobType type, SourcePosition position, String field) {
        local.checkFile(source, type, position, field);
    }

    URI target(String text, SourcePosition position, String field) {
        return text == null ? null : BlobUrls.parseBlob(text, position, field, problems);
    }

    /** The explicit type, or the default for the source (page for .vhd/.img/.raw); null when invalid. */
    BlobType type(String text, DiskSource source, SourcePosition position, String field) {
        if (text == null || text.isBlank()) {
            return source == null ? BlobType.PAGE : BlobType.forSourceName(source.toString());
        }
        String lower = text.trim().toLowerCase(Locale.ROOT);
        for (BlobType type : BlobType.values()) {
            if (type.waveName().equals(lower)) {
                return type;
            }
        }
        problems.add(position, field, "must be 'page' or 'block', was '" + text + "'");
        return null;
    }

    Disk disk(DiskSource source, URI target, BlobType type, SourcePosition position) {
        return source == null || target == null || type == null ? null : new Disk(source, target, type, position);
    }
}
