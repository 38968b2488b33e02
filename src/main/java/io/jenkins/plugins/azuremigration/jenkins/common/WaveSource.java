package io.jenkins.plugins.azuremigration.jenkins.common;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Where a step's wave comes from: a file relative to the workspace ({@code wave:}), or a map given inline in the
 * Pipeline script ({@code definition:}). An inline wave is written out as YAML beside the workspace's other files so
 * that its problems point at a real file and line, and relative machine-list paths resolve against the workspace.
 * Secrets never appear in either: the wave file format only takes them as {@code ${env:NAME}}.
 */
public final class WaveSource implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String inlineYaml;

    private WaveSource(String path, String inlineYaml) {
        this.path = path;
        this.inlineYaml = inlineYaml;
    }

    /** Exactly one of the two step parameters; the message names both when neither or both are given. */
    public static WaveSource of(String wave, Map<String, Object> definition) {
        boolean hasPath = wave != null && !wave.isBlank();
        boolean hasMap = definition != null && !definition.isEmpty();
        if (hasPath == hasMap) {
            throw new IllegalArgumentException(hasPath
                    ? "give either wave: (a wave file) or definition: (an inline wave), not both"
                    : "give wave: (a wave file relative to the workspace) or definition: (the wave as a map)");
        }
        return hasPath ? new WaveSource(wave.trim(), null) : new WaveSource(null, toYaml(definition));
    }

    static String toYaml(Map<String, Object> definition) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setPrettyFlow(true);
        return new Yaml(options).dump(definition);
    }

    public boolean isInline() {
        return inlineYaml != null;
    }

    /** How problems name the wave: its path, or the file an inline wave was written to. */
    public String displayName(String out) {
        return isInline() ? inlineFileName(out) : path;
    }

    /** The file to parse on the agent, writing an inline wave out first. */
    public Path materialize(Path workspace, String out) throws IOException {
        if (!isInline()) {
            return workspace.resolve(path);
        }
        Path file = workspace.resolve(inlineFileName(out));
        Files.writeString(file, inlineYaml, StandardCharsets.UTF_8);
        return file;
    }

    // In the workspace root, so that relative paths in the definition mean what they would in a wave file there;
    // named after the report folder so that two steps with different folders never share it.
    static String inlineFileName(String out) {
        return ".azure-migration-" + out.replaceAll("[^A-Za-z0-9._-]", "_") + "-inline-wave.yaml";
    }

    @Override
    public String toString() {
        return isInline() ? "definition (inline wave)" : path;
    }
}
