package io.jenkins.plugins.azuremigration.engine.report;

/** The stages of a wave, in the order they run. */
public enum Stage {
    AGENTS("agents"), DNS("dns"), ROLES("roles"), COPY("copy");

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    /** The stage's name in reports and on the command line. */
    public String id() {
        return id;
    }
}
