package jenkins.model;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.BuildListener;
import java.io.IOException;
import java.util.Map;

/**
 * Compile-only stand-in for Jenkins core's {@code jenkins.model.ArtifactManager}, as returned by
 * {@code Run.pickArtifactManager()}. Only the abstract method the plugin calls is declared; the real class has three
 * more ({@code onLoad}, {@code delete}, {@code root}), which nothing of ours implements.
 */
public abstract class ArtifactManager {
    public ArtifactManager() {
    }

    public abstract void archive(FilePath workspace, Launcher launcher, BuildListener listener,
            Map<String, String> artifacts) throws IOException, InterruptedException;
}
