package io.jenkins.plugins.azuremigration.engine.wave;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The folders a wave may read local disks from: the wave file's own folder, plus those it names in
 * {@code copy.sourceRoots}. A wave file is often written by someone else (a pull request to the waves repository, a
 * Jenkins job's parameter); without this, {@code source: ../../etc/shadow} would be read on the agent and uploaded.
 */
final class SourceRoots {
    private final Path waveFolder;
    private final List<Path> named;

    SourceRoots(Path waveFolder, List<Path> named) {
        this.waveFolder = waveFolder.toAbsolutePath().normalize();
        this.named = named.stream().map(root -> this.waveFolder.resolve(root).normalize()).toList();
    }

    static SourceRoots waveFolderOnly(Path waveFolder) {
        return new SourceRoots(waveFolder, List.of());
    }

    /** Where a local source is read from: relative paths resolve against the wave file's folder. */
    Path resolve(String source) {
        return waveFolder.resolve(source).normalize();
    }

    /** True when the path, as written (".." resolved, links not followed), lies in one of the roots. */
    boolean contains(Path path) {
        return all().stream().anyMatch(path::startsWith);
    }

    /** True when the path with every symbolic link followed still lies in one of the roots, links followed too. */
    boolean containsReally(Path realPath) {
        for (Path root : all()) {
            try {
                if (realPath.startsWith(root.toRealPath())) {
                    return true;
                }
            } catch (IOException e) {
                // a root that does not exist on this machine holds nothing; the root itself is reported elsewhere
            }
        }
        return false;
    }

    /** For messages: the folders a source may lie in. */
    String describe() {
        String folder = "the wave file's folder " + waveFolder;
        return named.isEmpty() ? folder + " (no copy.sourceRoots)"
                : folder + " or copy.sourceRoots " + named.stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    private List<Path> all() {
        List<Path> roots = new ArrayList<>(named.size() + 1);
        roots.add(waveFolder);
        roots.addAll(named);
        return roots;
    }
}
