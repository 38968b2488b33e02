package io.jenkins.plugins.azuremigration.gates;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.FutureCallback;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.TaskListener;
import io.jenkins.plugins.azuremigration.engine.report.SampleWaves;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.engine.wave.ValidationReport;
import io.jenkins.plugins.azuremigration.gates.JenkinsClassFilter.Decision;
import io.jenkins.plugins.azuremigration.jenkins.common.AzureAccess;
import io.jenkins.plugins.azuremigration.jenkins.common.ProxySettings;
import io.jenkins.plugins.azuremigration.jenkins.common.StageRequest;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveRunCallable;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveSource;
import io.jenkins.plugins.azuremigration.jenkins.validate.ValidateWaveAccess;
import io.jenkins.plugins.azuremigration.jenkins.validate.ValidateWaveStep;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import jenkins.MasterToSlaveFileCallable;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.remoting.RoleSensitive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JEP-200 gate on the agent channel, over the packaged .hpi: every callable the plugin sends to an agent, and
 * every value (or exception) it sends back, crosses a modelled channel whose reading side applies Jenkins' class
 * filter, with each class located in the jar of the .hpi that ships it. The classes are those the streams actually
 * resolve for realistic values, not a hand-made list; a callable class in the jar without a sample here fails the
 * test, so a new one cannot slip past.
 */
class ClassFilterIT {
    /**
     * What crosses the channel as work: every FilePath.FileCallable and remoting Callable (FilePath.act,
     * VirtualChannel.call) is a RoleSensitive (remoting's role check), so that one type finds both.
     */
    private static final List<Class<?>> CHANNEL_TYPES = List.of(RoleSensitive.class);
    private static final String SECRET = "client-secret-canary-5d1e";

    private static PackagedPlugin plugin;
    private static RemotingChannel channel;

    @TempDir
    Path workspace;

    @BeforeAll
    static void readThePackagedPlugin() throws Exception {
        plugin = PackagedPlugin.fromBuild();
        channel = new RemotingChannel(JenkinsClassFilter.of(plugin));
    }

    @Test
    void thePluginJarCarriesThePluginManifestTheFilterLooksFor() {
        Manifest manifest = plugin.manifestOf(PackagedPlugin.PLUGIN_JAR);

        assertThat(manifest).as(PackagedPlugin.PLUGIN_JAR + " has a manifest").isNotNull();
        assertThat(JenkinsClassFilter.isPluginManifest(manifest)).as("ClassFilterImpl.isPluginManifest").isTrue();
        assertThat(manifest.getMainAttributes().getValue("Short-Name")).isEqualTo("azure-migration-wave");
    }

    @Test
    void everyCallableTheAgentReceivesPassesTheAgentsFilter() throws Exception {
        Set<String> sent = new TreeSet<>();
        Set<String> resolved = new TreeSet<>();
        for (MasterToSlaveFileCallable<?> callable : callables()) {
            RemotingChannel.Hop<?> hop = channel.toAgent(callable);
            assertThat(hop.value()).isInstanceOf(callable.getClass());
            assertThat(hop.decisions()).as("classes the agent resolved").isNotEmpty();
            hop.decisions().forEach(d -> resolved.add(d.type().getName()));
            sent.add(callable.getClass().getName());
        }
        System.out.println("Class filter (remoting): " + resolved.size() + " classes resolved by the agent in "
                + sent.size() + " callable classes, none on the standard blacklist");

        Set<String> inJar = new TreeSet<>();
        plugin.pluginClassesAssignableTo(CHANNEL_TYPES).forEach(type -> inJar.add(type.getName()));
        assertThat(inJar).as("callables in the packaged jar").isNotEmpty();
        assertThat(sent).as("every callable class of the jar has a realistic sample in this test").containsAll(inJar);
    }

    @Test
    void everyResultTheControllerReceivesPassesJenkinsClassFilter() throws Exception {
        List<Decision> decisions = new ArrayList<>();
        for (Object result : results()) {
            RemotingChannel.Hop<?> hop = channel.toController(result);
            assertThat(hop.rejected()).as("classes Jenkins would reject in a " + result.getClass().getSimpleName())
                    .isEmpty();
            if (!(result instanceof Throwable)) {
                assertThat(hop.value()).isEqualTo(result);
            }
            assertThat(new String(hop.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
            decisions.addAll(hop.decisions());
        }

        Set<String> checked = new TreeSet<>();
        decisions.forEach(d -> checked.add(d.type().getName()));
        System.out.println("Class filter (remoting): " + checked.size() + " classes resolved by the controller, all allowed");
        assertThat(checked).as("the plugin's own result types were among them")
                .contains(WaveResults.class.getName(), ValidationReport.class.getName());
    }

    @Test
    void jenkinsOwnTypesPassByWhereTheyLiveAndTheLibrariesCoreBundlesOnlyByTheAllowList() {
        JenkinsClassFilter filter = JenkinsClassFilter.of(plugin);

        assertThat(filter.decide(FilePath.class).allowed()).as("core").isTrue();
        assertThat(filter.decide(StepContext.class).allowed()).as("a plugin")
                .isTrue();
        assertThat(filter.decide(FutureCallback.class))
                .as("Guava, in jenkins.war's WEB-INF/lib without a plugin manifest")
                .satisfies(d -> assertThat(d.allowed()).isFalse())
                .satisfies(d -> assertThat(d.reason()).contains("might be dangerous"));
    }

    @Test
    void theSameResultsAreRejectedWhenThePluginJarLosesItsPluginManifest() throws Exception {
        Manifest bare = new Manifest();
        bare.getMainAttributes().putValue("Manifest-Version", "1.0");
        bare.getMainAttributes().putValue("Created-By", "Maven JAR Plugin 3.4.2");
        RemotingChannel bareChannel = new RemotingChannel(JenkinsClassFilter.of(
                plugin.withManifest(PackagedPlugin.PLUGIN_JAR, bare)));

        RemotingChannel.Hop<WaveResults> hop = bareChannel.toController(SampleWaves.realistic());

        assertThat(hop.rejected()).extracting(d -> d.type().getName()).contains(WaveResults.class.getName());
        assertThat(hop.rejected()).allSatisfy(d -> assertThat(d.reason()).contains(PackagedPlugin.PLUGIN_JAR)
                .contains("has no plugin manifest"));
    }

    /** What the steps send: each callable as the Pipeline steps and the builder build it, with every kind of access. */
    private List<MasterToSlaveFileCallable<?>> callables() throws Exception {
        List<MasterToSlaveFileCallable<?>> callables = new ArrayList<>();
        StageRequest everything = new StageRequest("azureMigrationWave", EnumSet.allOf(Stage.class), true, false,
                "10.20.0.4:53", List.of(), 0, -1, null, "AzurePublicCloud", "contoso.onmicrosoft.com", "wave-reports", false,
                new StageRequest.Connection("azure-sp", null, "wave07-storage"));
        StageRequest copy = new StageRequest("azureMigrationCopy", EnumSet.of(Stage.COPY), false, false, null,
                List.of("web01", "sql01"), 5, 200, LocalTime.of(5, 30), null, null, "night", true,
                new StageRequest.Connection(null, "mi-client", null));
        AzureAccess servicePrincipal = AzureAccess.servicePrincipal("azure-sp", "app-id", SECRET)
                .withStorageSecret("wave07-storage", "sv=2024-05-04&sig=" + SECRET)
                .withProxy(new ProxySettings("proxy.corp.example", 3128, "svc", SECRET, "*.internal"));
        AzureAccess certificate = AzureAccess.certificate("azure-cert", "app-id", new byte[] {48, 1, 2}, SECRET);
        callables.add(new WaveRunCallable(WaveSource.of("waves/wave-07.yaml", null), everything, servicePrincipal,
                Map.of("WAVE", "07"), new ConsoleListener(), "wave-07#3 azureMigrationWave"));
        callables.add(new WaveRunCallable(WaveSource.of(null, Map.of("name", "wave-07", "machines", List.of(
                Map.of("name", "web01")))), copy, AzureAccess.managedIdentity("mi-client"), Map.of(),
                new ConsoleListener(), "wave-07#4 azureMigrationCopy"));
        callables.add(new WaveRunCallable(WaveSource.of("waves/wave-07.yaml", null), everything, certificate,
                Map.of(), new ConsoleListener(), "wave-07#5 azureMigrationWave"));
        ValidateWaveStep validate = new ValidateWaveStep();
        validate.setWave("waves/wave-07.yaml");
        callables.add(ValidateWaveAccess.callable(validate, Map.of("STORAGE", "UseDevelopmentStorage=true")));
        return callables;
    }

    /** What comes back: results of every shape, validation reports made by running the validate callable, failures. */
    private List<Object> results() throws Exception {
        List<Object> results = new ArrayList<>(List.of(SampleWaves.realistic(), SampleWaves.partial(),
                SampleWaves.nothingRan(), SampleWaves.large(40)));
        Path waves = Files.createDirectories(workspace.resolve("waves"));
        Files.copy(Path.of("docs", "examples", "wave-07.yaml"), waves.resolve("wave-07.yaml"));
        Files.copy(Path.of("docs", "examples", "machines.csv"), waves.resolve("machines.csv"));
        Files.writeString(waves.resolve("broken.yaml"), "name: wave 07\nmachines:\n  - name: web01\n    diskz: []\n");
        for (String wave : List.of("waves/wave-07.yaml", "waves/broken.yaml")) {
            ValidateWaveStep validate = new ValidateWaveStep();
            validate.setWave(wave);
            ValidationReport report = ValidateWaveAccess.callable(validate, Map.of()).invoke(workspace.toFile(), null);
            results.add(report);
        }
        assertThat(results).filteredOn(r -> r instanceof ValidationReport v && !v.isValid()).isNotEmpty();
        results.add(new AbortException("azureMigrationWave: wave waves/broken.yaml has 1 problem(s); nothing was run"));
        results.add(new IOException("No space left on device"));
        return results;
    }

    /** The console as the agent gets it; in Jenkins a remote stream of core's own, here one that prints nowhere. */
    private static final class ConsoleListener implements TaskListener {
        private static final long serialVersionUID = 1L;

        @Override
        public PrintStream getLogger() {
            return new PrintStream(new ByteArrayOutputStream());
        }
    }
}
