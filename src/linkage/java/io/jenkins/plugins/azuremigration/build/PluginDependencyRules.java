package io.jenkins.plugins.azuremigration.build;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which Jenkins plugin supplies a class, by package, so the linkage check can demand a Plugin-Dependencies entry for
 * every plugin the plugin's code touches (without one, Jenkins' class loader for our plugin cannot see the class).
 */
final class PluginDependencyRules {
    /** Supplied by Jenkins core itself (including the libraries core bundles): no dependency needed. */
    static final String CORE = "core";

    /** Longest prefix wins; a prefix without a trailing dot names one class. */
    private static final Map<String, String> PLUGIN_BY_PREFIX = new LinkedHashMap<>();

    static {
        PLUGIN_BY_PREFIX.put("org.jenkinsci.plugins.workflow.steps.", "workflow-step-api");
        PLUGIN_BY_PREFIX.put("org.jenkinsci.plugins.workflow.support.", "workflow-support");
        PLUGIN_BY_PREFIX.put("org.jenkinsci.plugins.workflow.job.", "workflow-job");
        PLUGIN_BY_PREFIX.put("org.jenkinsci.plugins.workflow.cps.", "workflow-cps");
        for (String api : new String[] {"flow", "graph", "graphanalysis", "actions", "log", "pickles"}) {
            PLUGIN_BY_PREFIX.put("org.jenkinsci.plugins.workflow." + api + ".", "workflow-api");
        }
        PLUGIN_BY_PREFIX.put("com.cloudbees.plugins.credentials.", "credentials");
        PLUGIN_BY_PREFIX.put("org.jenkinsci.plugins.plaincredentials.", "plain-credentials");
        PLUGIN_BY_PREFIX.put("org.jenkinsci.plugins.structs.", "structs");
        for (String core : new String[] {"hudson.", "jenkins.", "org.kohsuke.stapler.", "org.jenkinsci.Symbol",
                "org.jenkinsci.remoting.", "net.sf.json.", "org.jvnet.localizer.", "org.jvnet.hudson.annotation_indexer.",
                "org.jenkins.ui.icon.", "com.google.common.", "net.java.sezpoz."}) {
            PLUGIN_BY_PREFIX.put(core, CORE);
        }
        // spring-security-core 6.5.1: core depends on spring-security-web (core/pom.xml at jenkins-2.516), which
        // brings it; the bom pins the version. Plugins name these types in Jenkins' own API (ACL.SYSTEM2).
        for (String springSecurity : new String[] {"org.springframework.security.core.",
                "org.springframework.security.access."}) {
            PLUGIN_BY_PREFIX.put(springSecurity, CORE);
        }
    }

    private PluginDependencyRules() {
    }

    /** The plugin id (or {@link #CORE}) for a binary class name, or null when no rule covers its package. */
    static String pluginFor(String binaryName) {
        String best = null;
        for (String prefix : PLUGIN_BY_PREFIX.keySet()) {
            boolean matches = prefix.endsWith(".") ? binaryName.startsWith(prefix)
                    : binaryName.equals(prefix) || binaryName.startsWith(prefix + "$");
            if (matches && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : PLUGIN_BY_PREFIX.get(best);
    }

    /** The plugin ids of a manifest's {@code Plugin-Dependencies: id:version[;resolution:=optional],...}. */
    static Set<String> declaredPluginIds(String pluginDependencies) {
        if (pluginDependencies == null || pluginDependencies.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(pluginDependencies.split(",")).map(String::trim)
                .map(entry -> entry.substring(0, entry.contains(":") ? entry.indexOf(':') : entry.length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
