package io.jenkins.plugins.azuremigration.jenkins.common;

import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.report.StageOutcome;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * What a Pipeline {@code azureMigrationWave} step with no {@code credentialsId} runs on its agent, in a JVM of its
 * own started the way docs/verify-in-jenkins.md starts the agent next to {@code wave serve}: IDENTITY_ENDPOINT and
 * IDENTITY_HEADER in its environment, the serve trust store as its default trust. Prints each stage's status and the
 * step's console; exits 0 when every stage passed.
 * Arguments: workspace, absolute wave file, storage variable name, storage connection string (Azurite's public one).
 */
public final class AgentSideProbe {
    private AgentSideProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        StageRequest request = new StageRequest("azureMigrationWave", EnumSet.allOf(Stage.class), false, false, null,
                List.of(), 0, -1, null, null, null, "wave-reports", false,
                new StageRequest.Connection(null, null, null));
        RecordingListener console = new RecordingListener();
        WaveResults results = new WaveRunCallable(WaveSource.of(args[1], null), request,
                AzureAccess.managedIdentity(null), Map.of(args[2], args[3]), console, "probe")
                .invoke(workspace.toFile(), null);
        boolean passed = true;
        for (Stage stage : Stage.values()) {
            StageOutcome outcome = results.outcome(stage);
            System.out.println("stage " + stage.id() + " " + outcome.status()
                    + (outcome.reason() == null ? "" : " (" + outcome.reason() + ")"));
            passed &= outcome.status() == StageOutcome.Status.PASSED;
        }
        System.out.println(console.text());
        System.exit(passed ? 0 : 1);
    }
}
