package io.jenkins.plugins.azuremigration.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version and git commit this CLI was built from, baked in by the build (pom.xml, execution
 * {@code cli-build-info}) as a resource, so that {@code wave --version} answers the same from a checkout and from
 * the shipped archive, where there is neither Maven nor git.
 */
final class BuildInfo implements CommandLine.IVersionProvider {
    static final String RESOURCE = "build-info.properties";

    private final Properties properties;

    BuildInfo() {
        this.properties = load();
    }

    String version() {
        return properties.getProperty("version", "unknown");
    }

    String commit() {
        return properties.getProperty("commit", "unknown");
    }

    /** True when the tree had uncommitted changes to tracked files at build time: the commit alone does not say what ran. */
    boolean dirty() {
        return Boolean.parseBoolean(properties.getProperty("dirty", "false"));
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "wave " + version(),
            "commit " + commit() + (dirty() ? " (built with uncommitted changes)" : ""),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
        };
    }

    private static Properties load() {
        Properties loaded = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) { // a build that skipped generate-resources: say "unknown" rather than fail
                loaded.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the CLI's jar", e);
        }
        return loaded;
    }
}
