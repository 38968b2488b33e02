package io.jenkins.plugins.azuremigration.engine.wave;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The checks of a local disk source that need the wave's folder: where it points ({@link SourceRoots}, always) and,
 * with {@link DiskFileCheck#CHECK}, what is there ({@link DiskImageCheck}). Problems name the source's own field and
 * position, e.g. {@code wave.yaml:12:17: machines[0].disks[1].source: ...}.
 */
final class LocalSources {
    private final SourceRoots roots;
    private final DiskFileCheck check;
    private final Problems problems;

    LocalSources(SourceRoots roots, DiskFileCheck check, Problems problems) {
        this.roots = roots;
        this.check = check;
        this.problems = problems;
    }

    /** False (reported) when {@code source}, as written, lies outside the wave's folder and copy.sourceRoots. */
    boolean allowed(String source, SourcePosition position, String field) {
        Path path = roots.resolve(source);
        if (roots.contains(path)) {
            return true;
        }
        problems.add(position, field, source + " resolves to " + path + ", outside " + roots.describe()
                + "; a wave reads local files only there: name the folder in copy.sourceRoots to allow it");
        return false;
    }

    /** Reports a source that the copy could not read as {@code type}; nothing when checks are skipped or it is a URL. */
    void checkFile(DiskSource source, BlobType type, SourcePosition position, String field) {
        if (check == DiskFileCheck.SKIP || source == null || !source.isLocal() || type == null) {
            return;
        }
        Path path = roots.resolve(source.localPath());
        String escape = linkEscape(path);
        if (escape != null) {
            problems.add(position, field, source + " " + escape);
            return;
        }
        String problem = DiskImageCheck.problem(path, type);
        if (problem != null) {
            problems.add(position, field, source + " " + problem + (source.localPath().equals(path.toString()) ? ""
                    : " (" + path + ")"));
        }
    }

    /** A source inside the roots by name may still be a symbolic link (or under one) that leads out of them. */
    private String linkEscape(Path path) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            return null; // missing or unreadable: DiskImageCheck says which
        }
        return roots.containsReally(real) ? null : "leads through a symbolic link to " + real + ", outside "
                + roots.describe() + "; name that folder in copy.sourceRoots to allow it";
    }
}
