package io.jenkins.plugins.azuremigration.jenkins.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.kohsuke.stapler.DataBoundSetter;

/** A step that reads a wave: a file relative to the workspace ({@code wave}), or the wave inline ({@code definition}). */
public abstract class WaveInputStep extends Step {
    private String wave;
    private Map<String, Object> definition;

    public String getWave() {
        return wave;
    }

    /** The wave file, relative to the workspace. */
    @DataBoundSetter
    public void setWave(String wave) {
        this.wave = StageRequest.blankToNull(wave);
    }

    public Map<String, Object> getDefinition() {
        return definition;
    }

    /** The wave inline, as a map with the wave file's keys, instead of {@code wave}. */
    @DataBoundSetter
    public void setDefinition(Map<String, Object> definition) {
        this.definition = definition == null || definition.isEmpty() ? null : new LinkedHashMap<>(definition);
    }

    /** The wave source; an {@link IllegalArgumentException} names the parameters when neither or both are given. */
    public WaveSource source() {
        return WaveSource.of(wave, definition);
    }
}
