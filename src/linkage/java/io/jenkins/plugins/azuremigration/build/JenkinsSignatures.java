package io.jenkins.plugins.azuremigration.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real Jenkins API as far as we know it: the signature lists in src/test/resources/jenkins-reference (javap output of the real jars and sources)
 * plus our own list of members confirmed in the Jenkins sources (src/test/resources/jenkins-api-confirmed.txt,
 * see docs/jenkins-api.md). Stand-ins and the built plugin are checked against this model.
 */
final class JenkinsSignatures {
    /** Relative to the project directory, where Maven runs the tests: the lists copied into the repository. */
    static final Path REFERENCE = Path.of("src", "test", "resources", "jenkins-reference");
    static final List<Path> REFERENCE_FILES = List.of(
            REFERENCE.resolve("jenkins-api-signatures.txt"),
            REFERENCE.resolve("jenkins-api-signatures-extra.txt"));
    static final Path CONFIRMED_FILE = Path.of("src", "test", "resources", "jenkins-api-confirmed.txt");

    private final Map<String, ReferenceType> types;

    private JenkinsSignatures(Map<String, ReferenceType> types) {
        this.types = types;
    }

    /** The reference lists and our confirmed additions; fails naming the missing file when one is absent. */
    static JenkinsSignatures loadProjectReference() {
        Map<String, List<String>> files = new LinkedHashMap<>();
        for (Path file : List.of(REFERENCE_FILES.get(0), REFERENCE_FILES.get(1), CONFIRMED_FILE)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("Jenkins API reference file missing: " + file.toAbsolutePath().normalize()
                        + " (see src/test/resources/jenkins-reference/README.md)");
            }
            try {
                files.put(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parse(files);
    }

    /** Parses named files' lines (in order, later sections merging into earlier ones); throws on any unparsable line. */
    static JenkinsSignatures parse(Map<String, List<String>> linesByFileName) {
        Map<String, ReferenceType> types = new LinkedHashMap<>();
        linesByFileName.forEach((name, lines) -> SignatureFileParser.parseInto(name, lines, types));
        return new JenkinsSignatures(types);
    }

    /** The type of that binary name ({@code hudson.FilePath$FileCallable}), or null when the lists do not have it. */
    ReferenceType type(String binaryName) {
        return types.get(binaryName);
    }

    boolean contains(String binaryName) {
        return types.containsKey(binaryName);
    }

    Collection<ReferenceType> types() {
        return types.values();
    }
}
