package io.jenkins.plugins.azuremigration.gates;

import io.jenkins.plugins.azuremigration.build.HpiArchive;
import io.jenkins.plugins.azuremigration.gates.JenkinsClassFilter.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Manifest;

/**
 * The plugin as Jenkins installs it: every class of the .hpi's WEB-INF/lib jars, with the manifest of the jar that
 * holds it (the code source {@code ClassFilterImpl} opens). A class the test JVM loads is located by its name: in a
 * jar of the .hpi, in Jenkins itself (a type we only have as a compile-only stand-in), in the JRE, or nowhere Jenkins
 * could load it from.
 */
public final class PackagedPlugin implements JenkinsClassFilter.Locator {
    public static final String PLUGIN_JAR = HpiArchive.LIBRARIES + "azure-migration-wave.jar";
    private static final Path STAND_INS = Path.of("src", "jenkins-stubs", "java");
    /** Packages of the plugins the .hpi depends on (its Plugin-Dependencies); their jars carry plugin manifests. */
    private static final List<String> PLUGIN_PACKAGES = List.of("org.jenkinsci.plugins.workflow.",
            "com.cloudbees.plugins.credentials.", "org.jenkinsci.plugins.plaincredentials.");

    private final HpiArchive hpi;
    private final Map<String, String> jarOfClass;
    private final Map<String, Manifest> manifests;

    private PackagedPlugin(HpiArchive hpi, Map<String, String> jarOfClass, Map<String, Manifest> manifests) {
        this.hpi = hpi;
        this.jarOfClass = jarOfClass;
        this.manifests = manifests;
    }

    /** The .hpi failsafe points at with the system property {@code hpi.file}. */
    public static PackagedPlugin fromBuild() throws IOException {
        String file = System.getProperty("hpi.file");
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            throw new IllegalStateException("system property hpi.file must name the packaged .hpi (failsafe sets it), was "
                    + file);
        }
        return of(HpiArchive.read(Path.of(file)));
    }

    static PackagedPlugin of(HpiArchive hpi) throws IOException {
        Map<String, String> jarOfClass = new HashMap<>();
        Map<String, Manifest> manifests = new LinkedHashMap<>();
        for (String library : hpi.libraryNames()) {
            Map<String, byte[]> contents = hpi.library(library);
            byte[] manifest = contents.get("META-INF/MANIFEST.MF");
            manifests.put(library, manifest == null ? null : new Manifest(new ByteArrayInputStream(manifest)));
            HpiArchive.classesOf(contents).keySet().forEach(name -> jarOfClass.putIfAbsent(name, library));
        }
        return new PackagedPlugin(hpi, jarOfClass, manifests);
    }

    /** The same plugin with one jar's manifest replaced: what the filter would say of a differently built jar. */
    PackagedPlugin withManifest(String library, Manifest manifest) {
        Map<String, Manifest> changed = new LinkedHashMap<>(manifests);
        changed.put(library, manifest);
        return new PackagedPlugin(hpi, jarOfClass, changed);
    }

    public Manifest manifestOf(String library) {
        return manifests.get(library);
    }

    /**
     * The plugin's own classes (those of its packaged jar) that are assignable to one of {@code jenkinsTypes}, at
     * any depth and through Jenkins' own supertypes too: loaded (not initialised) and asked, so a class that reaches a
     * Jenkins type through another Jenkins type is found as well.
     */
    public Set<Class<?>> pluginClassesAssignableTo(List<Class<?>> jenkinsTypes) throws ClassNotFoundException {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (String name : HpiArchive.classesOf(hpi.library(PLUGIN_JAR)).keySet()) {
            Class<?> type = Class.forName(name, false, PackagedPlugin.class.getClassLoader());
            if (jenkinsTypes.stream().anyMatch(jenkins -> jenkins.isAssignableFrom(type))) {
                found.add(type);
            }
        }
        return found;
    }

    @Override
    public Location locate(Class<?> type) {
        String jar = jarOfClass.get(type.getName());
        if (jar != null) {
            return new Location.Jar(jar, manifests.get(jar));
        }
        if (isJenkinsStandIn(type)) {
            return jenkinsLocation(type.getName());
        }
        if (type.getClassLoader() == null || type.getClassLoader() == ClassLoader.getPlatformClassLoader()) {
            return new Location.Jre();
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return new Location.Elsewhere(source == null ? "an unknown location" : String.valueOf(source.getLocation()));
    }

    /**
     * Where Jenkins loads one of its own types from, which decides how its class filter treats it: core's and
     * remoting's jars and the plugins' jars pass by location; the libraries core bundles in jenkins.war's WEB-INF/lib
     * (Stapler, Guava, Spring Security, localizer, annotation-indexer, symbol-annotation) have no plugin manifest,
     * so their classes pass only by whitelisted-classes.txt, like the JRE's.
     */
    private static Location jenkinsLocation(String name) {
        for (String plugin : PLUGIN_PACKAGES) {
            if (name.startsWith(plugin)) {
                return new Location.JenkinsItself("the jar of the plugin that owns " + plugin + "*");
            }
        }
        if (name.startsWith("hudson.remoting.") || name.startsWith("org.jenkinsci.remoting.")) {
            return new Location.JenkinsItself("remoting");
        }
        if (name.startsWith("hudson.") || name.startsWith("jenkins.") || name.startsWith("org.jenkins.ui.")) {
            return new Location.JenkinsItself("Jenkins core");
        }
        return new Location.Jar("jenkins.war WEB-INF/lib (a library core bundles)", null);
    }

    /** A type of Jenkins' own: the tests load it from our compile-only stand-in of the same name. */
    private static boolean isJenkinsStandIn(Class<?> type) {
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return Files.isRegularFile(STAND_INS.resolve(outer.getName().replace('.', '/') + ".java"));
    }
}
