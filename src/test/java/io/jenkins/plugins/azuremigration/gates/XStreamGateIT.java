package io.jenkins.plugins.azuremigration.gates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.converters.Converter;
import com.thoughtworks.xstream.converters.ConversionException;
import com.thoughtworks.xstream.converters.MarshallingContext;
import com.thoughtworks.xstream.converters.UnmarshallingContext;
import com.thoughtworks.xstream.io.HierarchicalStreamReader;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;
import com.thoughtworks.xstream.security.AnyTypePermission;
import hudson.model.Action;
import hudson.model.Describable;
import hudson.tasks.BuildStep;
import hudson.tasks.Builder;
import io.jenkins.plugins.azuremigration.engine.report.SampleWaves;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import io.jenkins.plugins.azuremigration.gates.JenkinsClassFilter.Location;
import io.jenkins.plugins.azuremigration.jenkins.common.StepVerdict;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveReportAction;
import io.jenkins.plugins.azuremigration.jenkins.freestyle.WaveBuilder;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.Manifest;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The XStream gate, over the packaged .hpi: what Jenkins keeps of the plugin in XML (the freestyle builder in the job's
 * {@code config.xml}, the build action in {@code build.xml}) is written and read back with XStream 1.4.21, the version
 * core 2.516 bundles, configured as core's {@code hudson.util.XStream2} is for this purpose (jenkinsci/jenkins
 * {@code core/src/main/java/hudson/util/XStream2.java} at jenkins-2.516): XStream's own type permissions open
 * ({@code AnyTypePermission.ANY}, "covered by JEP-200") and a {@code BlacklistedTypesConverter} at
 * {@code PRIORITY_VERY_HIGH} that claims every class the class filter rejects and refuses to marshal or unmarshal it.
 */
class XStreamGateIT {
    /**
     * What core saves in XML: actions (build.xml), and describables held by jobs (config.xml: builders and every other
     * Describable), except Pipeline steps, which are never saved (their arguments are, as plain values).
     */
    private static final List<Class<?>> SAVED_TYPES = List.of(Action.class, BuildStep.class, Describable.class);

    private static PackagedPlugin plugin;
    /** Every type XStream asked the filter about, over all tests of this class: the count the gate reports. */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    /** Stands for core's job class ({@code FreeStyleProject}), which holds the builders in config.xml. */
    static final class FreestyleJobConfig {
        final List<Builder> builders = new ArrayList<>();
    }

    /** Stands for core's run class, which holds the actions in build.xml. */
    static final class BuildRecord {
        final List<Action> actions = new ArrayList<>();
    }

    @BeforeAll
    static void readThePackagedPlugin() throws Exception {
        plugin = PackagedPlugin.fromBuild();
    }

    @AfterAll
    static void report() {
        System.out.println("XStream: " + CHECKED.size() + " classes checked by the filter: " + new TreeSet<>(CHECKED));
    }

    /** XStream as XStream2 sets it up for JEP-200, with our document holders standing where core's classes are. */
    private static XStream xstream(PackagedPlugin shipped) {
        JenkinsClassFilter filter = JenkinsClassFilter.of(type -> type == FreestyleJobConfig.class
                || type == BuildRecord.class ? new Location.JenkinsItself("Jenkins core (job and run)")
                : shipped.locate(type));
        XStream xstream = new XStream();
        xstream.addPermission(AnyTypePermission.ANY);
        xstream.registerConverter(new BlacklistedTypes(filter), XStream.PRIORITY_VERY_HIGH);
        xstream.alias("project", FreestyleJobConfig.class);
        xstream.alias("build", BuildRecord.class);
        return xstream;
    }

    private static WaveBuilder configuredBuilder() throws ReflectiveOperationException {
        WaveBuilder builder = new WaveBuilder("waves/wave-07.yaml");
        SampleParameters.fill(builder, Set.of());
        return builder;
    }

    private static WaveReportAction action(int index, WaveResults results) {
        return new WaveReportAction(index, "azureMigrationWave", results,
                new StepVerdict(StepVerdict.Kind.UNSTABLE, "2 of 25 machines failed"));
    }

    @Test
    void theJobsConfigXmlKeepsTheBuilderWithEveryFieldAndNoSecret() throws Exception {
        FreestyleJobConfig job = new FreestyleJobConfig();
        job.builders.add(configuredBuilder());

        String xml = xstream(plugin).toXML(job);
        FreestyleJobConfig read = (FreestyleJobConfig) xstream(plugin).fromXML(xml);

        assertThat(xml).contains("<" + WaveBuilder.class.getName() + ">").contains("<credentialsId>azure-sp<")
                .contains("<storageCredentialsId>wave07-storage<").doesNotContainIgnoringCase("secret</");
        assertThat(read.builders).singleElement().usingRecursiveComparison().isEqualTo(job.builders.get(0));
    }

    @Test
    void theBuildXmlKeepsTheActionsCountsButNotTheRunNorTheMachines() throws Exception {
        WaveResults night = SampleWaves.realistic();
        String aMachine = night.copy().machines().get(0).name();
        BuildRecord build = new BuildRecord();
        build.actions.add(action(1, night));
        build.actions.add(action(2, SampleWaves.nothingRan()));

        String xml = xstream(plugin).toXML(build);
        BuildRecord read = (BuildRecord) xstream(plugin).fromXML(xml);

        assertThat(xml).contains("<" + WaveReportAction.class.getName() + ">").doesNotContain("<run>")
                .as("per-machine rows live beside build.xml, not in it").doesNotContain(aMachine);
        assertThat(read.actions).usingRecursiveFieldByFieldElementComparator().isEqualTo(build.actions);
    }

    @Test
    void everyClassOfThePluginThatJenkinsSavesInXmlHasASampleHere() throws ClassNotFoundException {
        Set<String> saved = new TreeSet<>();
        for (Class<?> type : plugin.pluginClassesAssignableTo(SAVED_TYPES)) {
            if (!Step.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                saved.add(type.getName());
            }
        }

        assertThat(saved).containsExactlyInAnyOrder(WaveBuilder.class.getName(), WaveReportAction.class.getName());
    }

    @Test
    void withoutThePluginManifestJenkinsRefusesToSaveTheBuilder() throws Exception {
        Manifest bare = new Manifest();
        bare.getMainAttributes().putValue("Manifest-Version", "1.0");
        FreestyleJobConfig job = new FreestyleJobConfig();
        job.builders.add(configuredBuilder());

        assertThatThrownBy(() -> xstream(plugin.withManifest(PackagedPlugin.PLUGIN_JAR, bare)).toXML(job))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Refusing to marshal " + WaveBuilder.class.getName());
    }

    /** core's {@code XStream2.BlacklistedTypesConverter}, with the modelled filter as {@code ClassFilter.DEFAULT}. */
    private record BlacklistedTypes(JenkinsClassFilter filter) implements Converter {
        @Override
        public boolean canConvert(Class type) {
            if (type != null) {
                CHECKED.add(type.getName());
            }
            return type != null && (filter.standardBlacklisted(type.getName()) || !filter.decide(type).allowed());
        }

        @Override
        public void marshal(Object source, HierarchicalStreamWriter writer, MarshallingContext context) {
            throw new UnsupportedOperationException("Refusing to marshal " + source.getClass().getName()
                    + " for security reasons; " + filter.decide(source.getClass()));
        }

        @Override
        public Object unmarshal(HierarchicalStreamReader reader, UnmarshallingContext context) {
            throw new ConversionException("Refusing to unmarshal " + reader.getNodeName() + " for security reasons");
        }
    }
}
