package io.jenkins.plugins.azuremigration.jenkins.pipeline;

/**
 * A Groovy text the gate parses: a whole Jenkinsfile, or one ```groovy block of a markdown file.
 *
 * @param file repository-relative path, as findings name it
 * @param linesBefore lines of {@code file} before the text's first line (0 for a Jenkinsfile; the fence line's number
 *     for a markdown block), so that a Groovy line plus this is the line in the file
 * @param mustUseOurSteps an example Jenkinsfile must call at least one of our steps, so that a renamed symbol cannot
 *     leave it silently checking nothing
 */
record PipelineSource(String file, int linesBefore, String text, boolean mustUseOurSteps) {
    int fileLine(int groovyLine) {
        return linesBefore + Math.max(groovyLine, 1);
    }

    String describe() {
        return linesBefore == 0 ? file : file + " (```groovy block at line " + linesBefore + ")";
    }
}
