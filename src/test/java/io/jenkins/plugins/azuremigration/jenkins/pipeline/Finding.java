package io.jenkins.plugins.azuremigration.jenkins.pipeline;

/** One problem the gate found, at a line of a repository file (for a markdown block: the line in the .md file). */
record Finding(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
