package io.jenkins.plugins.azuremigration.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our substitute for installing the plugin into Jenkins 2.516: opens the built .hpi (system property {@code hpi.file},
 * set by failsafe) and checks what Jenkins' plugin manager and class loaders will rely on.
 */
class HpiLinkageIT {
    private static final String PLUGIN_JAR = HpiArchive.LIBRARIES + "azure-migration-wave.jar";
    private static final String EXTENSION_INDEX = "META-INF/annotations/hudson.Extension";
    private static final String SYMBOL_INDEX = "META-INF/services/annotations/org.jenkinsci.Symbol";

    private static HpiArchive hpi;
    private static Map<String, byte[]> pluginJar;

    @BeforeAll
    static void readHpi() throws IOException {
        String file = System.getProperty("hpi.file");
        assertThat(file).as("system property hpi.file (failsafe sets it to the packaged .hpi)").isNotBlank();
        assertThat(Path.of(file)).as("the packaged .hpi").isRegularFile();
        hpi = HpiArchive.read(Path.of(file));
        pluginJar = hpi.library(PLUGIN_JAR);
    }

    @Test
    void manifestTellsJenkinsWhatThePluginIs() {
        for (String attribute : new String[] {"Short-Name", "Long-Name", "Plugin-Version", "Group-Id", "Artifact-Id", "Url",
                "Plugin-Dependencies"}) {
            assertThat(hpi.attribute(attribute)).as("manifest " + attribute).isNotBlank();
        }
        assertThat(hpi.attribute("Jenkins-Version")).isEqualTo("2.516");
        assertThat(hpi.attribute("Short-Name")).isEqualTo(hpi.attribute("Artifact-Id")).isEqualTo("azure-migration-wave");
        assertThat(hpi.attribute("Plugin-Dependencies").split(","))
                .allSatisfy(d -> assertThat(d).matches("[a-z0-9-]+:[A-Za-z0-9._-]+(;resolution:=optional)?"));
    }

    @Test
    void bundlesOurJarAndNoJenkinsClass() {
        assertThat(pluginJar).as(PLUGIN_JAR).isNotNull();
        assertThat(hpi.libraryNames()).hasSizeGreaterThan(1); // our jar and its runtime libraries
        Set<String> jenkinsClasses = new TreeSet<>();
        hpi.entries().stream().filter(e -> e.endsWith(".class"))
                .map(e -> e.replaceFirst("^WEB-INF/classes/", "").replace('/', '.'))
                .filter(LinkUniverse::inJenkinsPackage).forEach(jenkinsClasses::add);
        for (String library : hpi.libraryNames()) {
            HpiArchive.classesOf(hpi.library(library)).keySet().stream().filter(LinkUniverse::inJenkinsPackage)
                    .forEach(c -> jenkinsClasses.add(library + "!" + c));
        }
        assertThat(jenkinsClasses).as("Jenkins classes (stand-ins?) packaged into the .hpi").isEmpty();
    }

    @Test
    void sezPozReadsOurExtensionIndex(@TempDir Path temp) throws Exception {
        assertThat(pluginJar).containsKey(EXTENSION_INDEX);
        Set<String> annotated = annotatedInPluginJar("hudson.Extension");
        assertThat(annotated).as("classes with @Extension").isNotEmpty();

        Path jar = temp.resolve("azure-migration-wave.jar");
        Files.write(jar, hpi.libraryBytes(PLUGIN_JAR));
        // only the plugin jar and the stand-ins: not target/classes, whose own index would hide a missing one in the jar
        URL standIns = hudson.Extension.class.getProtectionDomain().getCodeSource().getLocation();
        Set<String> indexed = new TreeSet<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL(), standIns},
                ClassLoader.getPlatformClassLoader())) {
            Class<? extends Annotation> extension = loader.loadClass("hudson.Extension").asSubclass(Annotation.class);
            for (IndexItem<? extends Annotation, Object> item : Index.load(extension, Object.class, loader)) {
                indexed.add(item.kind() == ElementType.TYPE ? item.className() : item.className() + "#" + item.memberName());
                assertThat(item.element()).as("indexed " + item.className() + " loads from the plugin jar").isNotNull();
            }
        }
        assertThat(indexed).as("SezPoz's reading of " + EXTENSION_INDEX).isEqualTo(annotated);

        LinkUniverse universe = new LinkUniverse(summaries(), JenkinsSignatures.loadProjectReference());
        assertThat(indexed).as("indexed extensions that are Jenkins descriptors").anyMatch(
                c -> universe.isSubtype(c, "hudson.model.Descriptor"));
    }

    @Test
    void symbolIndexListsEverySymbolClass() {
        Set<String> symbols = annotatedInPluginJar("org.jenkinsci.Symbol");
        if (symbols.isEmpty()) {
            assertThat(pluginJar).as("no @Symbol class, so no index").doesNotContainKey(SYMBOL_INDEX);
            return;
        }
        assertThat(pluginJar).containsKey(SYMBOL_INDEX);
        String index = new String(pluginJar.get(SYMBOL_INDEX), StandardCharsets.UTF_8);
        assertThat(index).endsWith("\n");
        assertThat(new TreeSet<>(index.lines().toList())).isEqualTo(symbols);
    }

    /** The issue's "done when": every step and the builder, with its symbol indexed, its form and help in the jar. */
    @Test
    void everyStepAndTheBuilderShipWithSymbolViewsAndHelp() {
        String index = new String(pluginJar.getOrDefault(SYMBOL_INDEX, new byte[0]), StandardCharsets.UTF_8);
        String root = "io/jenkins/plugins/azuremigration/jenkins/";
        Map<String, String> viewsByDescriptor = Map.of(
                "validate.ValidateWaveStep$DescriptorImpl", "validate/ValidateWaveStep",
                "agents.AgentsStep$DescriptorImpl", "agents/AgentsStep",
                "dns.DnsCheckStep$DescriptorImpl", "dns/DnsCheckStep",
                "roles.RolesStep$DescriptorImpl", "roles/RolesStep",
                "copy.CopyStep$DescriptorImpl", "copy/CopyStep",
                "wave.WaveStep$DescriptorImpl", "wave/WaveStep",
                "freestyle.WaveBuilderDescriptor", "freestyle/WaveBuilder");
        viewsByDescriptor.forEach((descriptor, folder) -> {
            assertThat(index.lines()).as("@Symbol index").contains("io.jenkins.plugins.azuremigration.jenkins." + descriptor);
            assertThat(annotatedInPluginJar("hudson.Extension")).contains("io.jenkins.plugins.azuremigration.jenkins."
                    + descriptor);
            assertThat(pluginJar).containsKeys(root + folder + "/config.jelly", root + folder + "/help.html");
        });
        assertThat(pluginJar).containsKeys(root + "common/WaveStepBase/wave-fields.jelly",
                root + "common/WaveStepBase/help-credentialsId.html",
                root + "common/CopyingStepBase/copy-fields.jelly",
                root + "common/WaveReportAction/summary.jelly", root + "common/WaveReportAction/index.jelly",
                root + "Messages.properties");
        assertThat(new String(pluginJar.get(root + "common/WaveReportAction/summary.jelly"), StandardCharsets.UTF_8))
                .startsWith("<?jelly escape-by-default='true'?>");
    }

    @Test
    void everyJenkinsReferenceLinks() {
        Set<String> bundled = new HashSet<>();
        hpi.libraryNames().stream().filter(l -> !l.equals(PLUGIN_JAR))
                .forEach(l -> bundled.addAll(HpiArchive.classesOf(hpi.library(l)).keySet()));
        LinkageReport report = new LinkageChecker(JenkinsSignatures.loadProjectReference()).check(
                HpiArchive.classesOf(pluginJar), bundled,
                PluginDependencyRules.declaredPluginIds(hpi.attribute("Plugin-Dependencies")));

        System.out.println(report.summary() + "; plugins needed: " + new TreeSet<>(report.requiredPlugins()));
        if (Boolean.getBoolean("linkage.verbose")) {
            report.verified().forEach(reference -> System.out.println("  " + reference));
        }
        assertThat(report.problems()).as("references that would not link in Jenkins").isEmpty();
        assertThat(report.checkedClasses()).isGreaterThan(0);
        assertThat(report.verifiedReferences()).as("Jenkins references verified").isGreaterThan(10);
    }

    /** Classes of the plugin jar carrying a runtime-visible annotation of that type, members as Class#member. */
    private static Set<String> annotatedInPluginJar(String annotationType) {
        Set<String> annotated = new TreeSet<>();
        summaries().values().forEach(c -> c.annotations.stream()
                .filter(a -> a.visible() && a.type().equals(annotationType) && !a.where().contains(" parameter "))
                .forEach(a -> annotated.add(a.where().equals(c.name) ? c.name
                        : c.name + "#" + memberName(c.name, a.where()))));
        return annotated;
    }

    private static String memberName(String className, String where) {
        String member = where.substring(className.length() + 1);
        return member.contains("(") ? member.substring(0, member.indexOf('(')) : member;
    }

    private static Map<String, ClassFileSummary> summaries() {
        Map<String, ClassFileSummary> summaries = new java.util.TreeMap<>();
        HpiArchive.classesOf(pluginJar).forEach((name, bytes) -> summaries.put(name, ClassFileSummary.read(bytes)));
        return summaries;
    }
}
