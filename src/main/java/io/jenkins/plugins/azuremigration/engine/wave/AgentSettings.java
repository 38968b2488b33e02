package io.jenkins.plugins.azuremigration.engine.wave;

import java.util.List;

/**
 * The agents section: which agents to check, whether a missing agent resource may be created for a connected Arc
 * machine ({@code adopt}), and how long to wait for an agent that is Registering or Offline to come Online.
 */
public record AgentSettings(boolean adopt, int waitMinutes, List<AgentSpec> agents) {
    public static final int MAX_WAIT_MINUTES = 120;

    public AgentSettings {
        agents = List.copyOf(agents);
    }

    public static AgentSettings none() {
        return new AgentSettings(false, 0, List.of());
    }
}
