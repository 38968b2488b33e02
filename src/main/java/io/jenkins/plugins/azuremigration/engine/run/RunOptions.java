package io.jenkins.plugins.azuremigration.engine.run;

import io.jenkins.plugins.azuremigration.engine.azure.ArmClient;
import io.jenkins.plugins.azuremigration.engine.copy.CopyListener;
import io.jenkins.plugins.azuremigration.engine.copy.CopyOptions;
import io.jenkins.plugins.azuremigration.engine.dns.PrivateEndpoint;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a wave run does beyond what the wave file says: which stages, whether roles are only planned ({@code dryRun})
 * or removed ({@code revoke}: exactly the assignments this tool creates for the wave), where DNS asks,
 * how the copy runs, and how Azure Resource Manager is reached ({@code arm} null: the control-plane stages cannot
 * run, and say so). {@code simulated} marks a run against the local ARM simulator, for every report.
 */
public record RunOptions(Set<Stage> stages, boolean dryRun, boolean revoke, String dnsServer, CopyOptions copy,
        ArmClient arm, EndpointReader endpoints, boolean simulated, Consumer<String> log, CopyListener copyListener,
        Clock clock) {

    /** Reads the wave's private endpoints (FQDNs, IPs, connection state) from Azure. */
    @FunctionalInterface
    public interface EndpointReader {
        List<PrivateEndpoint> read(List<String> resourceIds);
    }

    public RunOptions {
        stages = stages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(stages);
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(copyListener, "copyListener");
        Objects.requireNonNull(clock, "clock");
    }

    public static Set<Stage> allStages() {
        return EnumSet.allOf(Stage.class);
    }
}
