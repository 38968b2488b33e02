package io.jenkins.plugins.azuremigration.jenkins.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Every Groovy text of the repository that shows a Pipeline: the Jenkinsfiles under docs/examples (each must use one
 * of our steps), the top-level Jenkinsfile (it builds the plugin, so it may use none), and the ```groovy blocks of
 * README.md and docs/*.md. Only files inside the repository are read.
 */
final class PipelineSources {
    static final Path EXAMPLES = Path.of("docs", "examples");

    private PipelineSources() {
    }

    /** What the gate reads, found in {@code repository} (the working directory under Maven). */
    static Collected collect(Path repository) {
        List<PipelineSource> sources = new ArrayList<>();
        int files = 0;
        for (Path jenkinsfile : list(repository.resolve(EXAMPLES), PipelineSources::isJenkinsfile)) {
            sources.add(new PipelineSource(relative(repository, jenkinsfile), 0, read(jenkinsfile), true));
            files++;
        }
        Path topLevel = repository.resolve("Jenkinsfile");
        if (Files.isRegularFile(topLevel)) {
            sources.add(new PipelineSource("Jenkinsfile", 0, read(topLevel), false));
            files++;
        }
        List<Path> markdown = new ArrayList<>();
        markdown.add(repository.resolve("README.md"));
        markdown.addAll(list(repository.resolve("docs"), path -> path.getFileName().toString().endsWith(".md")));
        for (Path file : markdown) {
            List<PipelineSource> blocks = MarkdownGroovyBlocks.of(relative(repository, file), read(file));
            sources.addAll(blocks);
            files += blocks.isEmpty() ? 0 : 1;
        }
        return new Collected(sources, files);
    }

    /** The sources and how many files they came from (markdown files without a groovy block not counted). */
    record Collected(List<PipelineSource> sources, int files) {
    }

    /** Jenkinsfile, Jenkinsfile.anything, *.jenkinsfile and *.groovy: the names Jenkins and editors give scripts. */
    static boolean isJenkinsfile(Path path) {
        String name = path.getFileName().toString();
        return name.equals("Jenkinsfile") || name.startsWith("Jenkinsfile.") || name.endsWith(".jenkinsfile")
                || name.endsWith(".groovy");
    }

    private static List<Path> list(Path folder, Predicate<Path> wanted) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(wanted).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path repository, Path file) {
        return repository.relativize(file).toString().replace('\\', '/');
    }
}
