package io.jenkins.plugins.azuremigration.engine.agents;

/** What the check concluded about one agent. */
public enum AgentVerdict {
    /** Registered to the expected Arc machine, Arc connected, agent Online or Executing. */
    OK,
    /** The agent resource was missing and was created for its connected Arc machine ({@code agents.adopt}). */
    ADOPTED,
    /** Something is wrong; the reason says what and how to fix it. */
    FAILED
}
