package io.jenkins.plugins.azuremigration.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jenkins' JEP-200 class filter as the controller applies it to what arrives from an agent and to what XStream writes
 * or reads, rebuilt from the sources at the release tags (docs/jenkins-api.md, "Run-time gates"):
 * <ul>
 * <li>by name, remoting's {@code ClassFilter.STANDARD} blacklist (jenkinsci/remoting {@code ClassFilter.java}
 * DEFAULT_PATTERNS at 3309.v27b_9314fd1a_4), the only filter an agent applies to what the controller sends;</li>
 * <li>by class, {@code ClassFilterImpl.isBlacklisted(Class)} (jenkinsci/jenkins {@code core/src/main/java/jenkins/
 * security/ClassFilterImpl.java} at jenkins-2.516): arrays, throwables and enums pass; otherwise the class's code
 * source must be Jenkins core, remoting, or a jar whose own manifest is a plugin manifest ({@code isPluginManifest}:
 * Short-Name plus Plugin-Version or Jenkins-Version, or {@code Jenkins-ClassFilter-Whitelisted: true}); otherwise it
 * must be on {@code whitelisted-classes.txt}; everything else is rejected.</li>
 * </ul>
 * Where a class lives is the caller's {@link Locator}: for the plugin it is the jar inside the packaged .hpi.
 */
public final class JenkinsClassFilter {
    static final Path REFERENCE = Path.of("src", "test", "resources", "jenkins-reference");

    /** Where Jenkins would have loaded a class from: its code source, as {@code ClassFilterImpl.codeSource} sees it. */
    public sealed interface Location {
        /** A jar (inside the .hpi's WEB-INF/lib) with its own manifest, null when it has none. */
        record Jar(String path, Manifest manifest) implements Location {
        }

        /** Jenkins core, remoting, or another plugin's jar (a type we only compile against): always a plugin location. */
        record JenkinsItself(String what) implements Location {
        }

        /** The Java runtime: no code source, so only the allow-list can let it through. */
        record Jre() implements Location {
        }

        /** Not shipped by the plugin nor by Jenkins (a test-only class): Jenkins could not even load it. */
        record Elsewhere(String where) implements Location {
        }
    }

    @FunctionalInterface
    public interface Locator {
        Location locate(Class<?> type);
    }

    /** What the filter decided and why, in the words of Jenkins' own log lines. */
    public record Decision(Class<?> type, boolean allowed, String reason) {
        @Override
        public String toString() {
            return type.getName() + ": " + (allowed ? "allowed, " : "REJECTED, ") + reason;
        }
    }

    private final List<Pattern> standardBlacklist;
    private final Set<String> whitelist;
    private final Locator locator;

    JenkinsClassFilter(List<Pattern> standardBlacklist, Set<String> whitelist, Locator locator) {
        this.standardBlacklist = List.copyOf(standardBlacklist);
        this.whitelist = Set.copyOf(whitelist);
        this.locator = locator;
    }

    /** The filter with the lists copied from Jenkins 2.516 and remoting 3309 into the repository. */
    public static JenkinsClassFilter of(Locator locator) {
        return new JenkinsClassFilter(readList("remoting-class-filter-standard.txt").stream().map(Pattern::compile)
                .toList(), Set.copyOf(readList("jenkins-whitelisted-classes-2.516.txt")), locator);
    }

    private static List<String> readList(String name) {
        try {
            return Files.readAllLines(REFERENCE.resolve(name), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::trim)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ClassFilter.STANDARD.isBlacklisted(String)}: the check by name, before the class is even loaded. */
    public boolean standardBlacklisted(String className) {
        return standardBlacklist.stream().anyMatch(pattern -> pattern.matcher(className).matches());
    }

    /** {@code ClassFilterImpl.isBlacklisted(Class)}, as a decision with its reason. */
    public Decision decide(Class<?> type) {
        String name = type.getName();
        if (standardBlacklisted(name)) {
            return new Decision(type, false, "on remoting's standard blacklist");
        }
        if (type.isArray()) {
            return new Decision(type, true, "an array");
        }
        if (Throwable.class.isAssignableFrom(type)) {
            return new Decision(type, true, "a throwable");
        }
        if (Enum.class.isAssignableFrom(type)) {
            return new Decision(type, true, "an enum");
        }
        Location location = locator.locate(type);
        String where = describe(location);
        if (location instanceof Location.JenkinsItself jenkins) {
            return new Decision(type, true, "in " + jenkins.what());
        }
        if (location instanceof Location.Jar jar && jar.manifest() != null && isPluginManifest(jar.manifest())) {
            return new Decision(type, true, "in " + jar.path() + ", whose manifest is a plugin manifest");
        }
        if (location instanceof Location.Elsewhere) {
            return new Decision(type, false, where + ": neither the plugin nor Jenkins ships it");
        }
        if (whitelist.contains(name)) {
            return new Decision(type, true, "on whitelisted-classes.txt");
        }
        return new Decision(type, false, "in " + where + " might be dangerous, so rejecting"
                + (location instanceof Location.Jar jar ? " (" + jar.path() + " has no plugin manifest)" : ""));
    }

    /** {@code ClassFilterImpl.isPluginManifest}. */
    static boolean isPluginManifest(Manifest manifest) {
        Attributes main = manifest.getMainAttributes();
        return main.getValue("Short-Name") != null
                && (main.getValue("Plugin-Version") != null || main.getValue("Jenkins-Version") != null)
                || "true".equals(main.getValue("Jenkins-ClassFilter-Whitelisted"));
    }

    private static String describe(Location location) {
        if (location instanceof Location.Jar jar) {
            return jar.path();
        }
        if (location instanceof Location.JenkinsItself jenkins) {
            return jenkins.what();
        }
        if (location instanceof Location.Elsewhere elsewhere) {
            return elsewhere.where();
        }
        return "JRE";
    }
}
