package io.jenkins.plugins.azuremigration.jenkins.common;

import io.jenkins.plugins.azuremigration.engine.report.WaveResults;

/** Which part of the results a step returns to its script. */
public enum ReturnShape {
    AGENTS, DNS, ROLES, MACHINES, WAVE;

    public Object of(WaveResults results) {
        return switch (this) {
            case AGENTS -> ReturnValues.agents(results);
            case DNS -> ReturnValues.dns(results);
            case ROLES -> ReturnValues.roles(results);
            case MACHINES -> ReturnValues.machines(results);
            case WAVE -> ReturnValues.wave(results);
        };
    }
}
