package io.jenkins.plugins.azuremigration.gates;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.gates.JenkinsClassFilter.Location;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.IdentityHashMap;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/** The filter model decides as ClassFilterImpl does, for each of the rules it was rebuilt from. */
class JenkinsClassFilterTest {
    /** A class of "the plugin", placed in a jar whose manifest each test chooses. */
    record Shipped(String name) implements Serializable {
    }

    private static Manifest manifest(String... attributes) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        for (int i = 0; i < attributes.length; i += 2) {
            manifest.getMainAttributes().putValue(attributes[i], attributes[i + 1]);
        }
        return manifest;
    }

    private static JenkinsClassFilter filterWithPluginJar(Manifest manifest) {
        return JenkinsClassFilter.of(type -> type == Shipped.class
                ? new Location.Jar("WEB-INF/lib/plugin.jar", manifest)
                : type.getClassLoader() == null ? new Location.Jre() : new Location.Elsewhere("the test class path"));
    }

    @Test
    void aPluginClassPassesOnlyWhenItsOwnJarHasAPluginManifest() {
        assertThat(filterWithPluginJar(manifest("Short-Name", "p", "Plugin-Version", "1")).decide(Shipped.class)
                .allowed()).isTrue();
        assertThat(filterWithPluginJar(manifest("Short-Name", "p", "Jenkins-Version", "2.516")).decide(Shipped.class)
                .allowed()).isTrue();
        assertThat(filterWithPluginJar(manifest("Jenkins-ClassFilter-Whitelisted", "true")).decide(Shipped.class)
                .allowed()).isTrue();
        assertThat(filterWithPluginJar(manifest("Short-Name", "p")).decide(Shipped.class).allowed())
                .as("Short-Name alone").isFalse();
        assertThat(filterWithPluginJar(manifest("Created-By", "Maven JAR Plugin")).decide(Shipped.class))
                .satisfies(d -> assertThat(d.allowed()).isFalse())
                .satisfies(d -> assertThat(d.reason()).contains("might be dangerous, so rejecting")
                        .contains("has no plugin manifest"));
        assertThat(filterWithPluginJar(null).decide(Shipped.class).allowed()).as("no manifest at all").isFalse();
    }

    @Test
    void enumsArraysAndThrowablesPassWhereverTheyLive() {
        JenkinsClassFilter filter = filterWithPluginJar(null);

        assertThat(filter.decide(Stage.class).allowed()).isTrue();
        assertThat(filter.decide(Shipped[].class).allowed()).isTrue();
        assertThat(filter.decide(IllegalStateException.class).allowed()).isTrue();
    }

    @Test
    void jreClassesPassOnlyFromJenkinsAllowList() {
        JenkinsClassFilter filter = filterWithPluginJar(null);

        assertThat(filter.decide(HashMap.class).allowed()).isTrue();
        assertThat(filter.decide(ArrayList.class).allowed()).isTrue();
        assertThat(filter.decide(IdentityHashMap.class).allowed()).isFalse();
        assertThat(filter.decide(IdentityHashMap.class).reason()).contains("in JRE might be dangerous");
    }

    @Test
    void aClassNeitherThePluginNorJenkinsShipsIsRejected() {
        assertThat(filterWithPluginJar(null).decide(JenkinsClassFilterTest.class).allowed()).isFalse();
    }

    @Test
    void remotingsStandardBlacklistGoesByName() {
        JenkinsClassFilter filter = filterWithPluginJar(null);

        assertThat(filter.standardBlacklisted("java.lang.reflect.Method")).isTrue();
        assertThat(filter.standardBlacklisted("org.springframework.beans.factory.ObjectFactory")).isTrue();
        assertThat(filter.standardBlacklisted("org.springframework.security.access.AccessDeniedException"))
                .as("Spring exceptions are let through").isFalse();
        assertThat(filter.standardBlacklisted("java.util.HashMap")).isFalse();
    }

    @Test
    void theChannelRecordsEveryClassTheReceivingSideResolvedWithItsDecision() throws Exception {
        RemotingChannel bare = new RemotingChannel(filterWithPluginJar(manifest("Created-By", "x")));
        RemotingChannel plugin = new RemotingChannel(filterWithPluginJar(manifest("Short-Name", "p", "Plugin-Version",
                "1")));
        Map<String, Object> value = new HashMap<>(Map.of("rows", new ArrayList<>(List.of(new Shipped("web01")))));

        assertThat(bare.toController(value).rejected()).extracting(d -> d.type().getName())
                .containsExactly(Shipped.class.getName());
        assertThat(plugin.toController(value).rejected()).isEmpty();
        assertThat(bare.toAgent(value).rejected()).as("agents apply the name blacklist only").isEmpty();
        assertThat(plugin.toController(value).value()).isEqualTo(value);
    }
}
