package io.jenkins.plugins.azuremigration.jenkins.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.remoting.RequestAbortedException;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A failure on the controller after the agent finished is not a lost run: the engineer must not be told to run a
 * wave again whose roles were granted and disks copied, only that its reports are in the workspace.
 */
class WaveRunFailuresTest {
    private static final StageRequest REQUEST = new StageRequest("azureMigrationWave", EnumSet.allOf(Stage.class),
            false, false, null, List.of(), 0, -1, null, null, null, "night-07", false,
            new StageRequest.Connection(null, null, null));

    @Test
    void archivingThatFailsAfterTheAgentFinishedSaysTheWaveRanAndWhereTheReportsAre() {
        IOException full = new IOException("No space left on device");

        IOException failure = WaveRun.notArchived(REQUEST, full);

        assertThat(failure).hasMessage("azureMigrationWave: the wave ran on the agent, but its reports could not be "
                + "archived with the build (IOException: No space left on device). They are in the workspace folder "
                + "night-07; do not run the step again to get them").hasCause(full);
        assertThat(failure.getMessage()).doesNotContain("was lost").doesNotContain("resume");
    }

    @Test
    void aCallPendingWhenTheChannelClosesIsALostRunToo() {
        // remoting fails a pending call with the unchecked RequestAbortedException, not an IOException
        RequestAbortedException aborted = new RequestAbortedException(null);

        assertThatThrownBy(() -> WaveRun.onAgent(REQUEST, () -> {
            throw aborted;
        })).isInstanceOf(AbortException.class).hasCause(aborted)
                .hasMessageStartingWith("azureMigrationWave: the run on the agent was lost (RequestAbortedException")
                .hasMessageEndingWith("run the step again to resume from it");
    }

    @Test
    void theAgentsOwnRefusalAndTheClassFilterPassAsTheyAre() {
        AbortException refused = new AbortException("azureMigrationWave: wave w.yaml has 1 problem(s); nothing was run");
        SecurityException rejected = new SecurityException("Rejected: x.Y; see https://jenkins.io/redirect/class-filter/");

        assertThatThrownBy(() -> WaveRun.onAgent(REQUEST, () -> {
            throw refused;
        })).isSameAs(refused);
        assertThatThrownBy(() -> WaveRun.onAgent(REQUEST, () -> {
            throw rejected;
        })).isSameAs(rejected);
    }

    @Test
    void aClosedChannelsIOExceptionIsALostRun() throws Exception {
        IOException closed = new IOException("channel is already closed");

        assertThatThrownBy(() -> WaveRun.onAgent(REQUEST, () -> {
            throw closed;
        })).hasMessageContaining("the run on the agent was lost (IOException: channel is already closed)");
        assertThat(WaveRun.onAgent(REQUEST, () -> "results")).isEqualTo("results");
    }

    @Test
    void aChannelLostWhileTheAgentRanKeepsTheCheckpointAndAsksForARerun() {
        IOException closed = new IOException("channel is already closed");

        IOException failure = WaveRun.agentLost(REQUEST, closed);

        assertThat(failure).hasMessage("azureMigrationWave: the run on the agent was lost (IOException: channel is "
                + "already closed). The checkpoint night-07/copy-journal.log in the workspace is kept; run the step "
                + "again to resume from it").hasCause(closed);
    }
}
