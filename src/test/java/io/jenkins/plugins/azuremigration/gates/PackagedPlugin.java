package io.jenkins.plugins.azuremigration.gates;

import io.jenkins.plugins.azuremigration.build.HpiArchive;
import io.jenkins.plugins.azuremigration.gates.JenkinsClassFilter.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import org.objectweb.asm.ClassReader;

/**
 * The plugin as Jenkins installs it: every class of the .hpi's WEB-INF/lib jars, with the manifest of the jar that
 * holds it (the code source {@code ClassFilterImpl} opens). A class the test JVM loads is located by its name: in a
 * jar of the .hpi, in Jenkins itself (a type we only have as a compile-only stand-in), in the JRE, or nowhere Jenkins
 * could load it from.
 */
public final class PackagedPlugin implements JenkinsClassFilter.Locator {
    public static final String PLUGIN_JAR = HpiArchive.LIBRARIES + "azure-migration-wave.jar";
    private static final Path STAND_INS = Path.of("src", "jenkins-stubs", "java");

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
     * Binary names of the plugin's own classes that extend or implement one of {@code jenkinsTypes} (internal names,
     * like {@code jenkins/MasterToSlaveFileCallable}), directly or through other classes of the plugin.
     */
    public Set<String> pluginClassesReaching(Set<String> jenkinsTypes) {
        Map<String, byte[]> classes = HpiArchive.classesOf(hpi.library(PLUGIN_JAR));
        Set<String> found = new TreeSet<>();
        for (String name : classes.keySet()) {
            if (reaches(name.replace('.', '/'), jenkinsTypes, classes)) {
                found.add(name);
            }
        }
        return found;
    }

    private static boolean reaches(String internalName, Set<String> targets, Map<String, byte[]> classes) {
        byte[] bytes = classes.get(internalName.replace('/', '.'));
        if (bytes == null) {
            return false;
        }
        ClassReader reader = new ClassReader(bytes);
        List<String> supertypes = new ArrayList<>(List.of(reader.getInterfaces()));
        if (reader.getSuperName() != null) {
            supertypes.add(reader.getSuperName());
        }
        for (String supertype : supertypes) {
            if (targets.contains(supertype) || reaches(supertype, targets, classes)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Location locate(Class<?> type) {
        String jar = jarOfClass.get(type.getName());
        if (jar != null) {
            return new Location.Jar(jar, manifests.get(jar));
        }
        if (isJenkinsStandIn(type)) {
            return new Location.JenkinsItself("Jenkins core or a plugin the .hpi depends on");
        }
        if (type.getClassLoader() == null || type.getClassLoader() == ClassLoader.getPlatformClassLoader()) {
            return new Location.Jre();
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return new Location.Elsewhere(source == null ? "an unknown location" : String.valueOf(source.getLocation()));
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
