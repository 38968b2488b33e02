package io.jenkins.plugins.azuremigration.gates;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Fills every {@code @DataBoundSetter} of a step or builder (found up the class hierarchy, as structs'
 * DescribableModel finds them) with a value a migration engineer would give, so that what Jenkins saves is exercised
 * with every field set. A setter without a sample value fails the test that uses it: a new parameter must be added
 * here, and so is checked by every gate.
 */
final class SampleParameters {
    private static final Map<String, Object> VALUES = Map.ofEntries(
            Map.entry("wave", "waves/wave-07.yaml"),
            Map.entry("definition", Map.of("name", "wave-07", "machines", List.of(Map.of("name", "web01",
                    "disks", List.of(Map.of("source", "web01.vhd",
                            "target", "https://mig07.blob.core.windows.net/vhds/web01.vhd")))))),
            Map.entry("credentialsId", "azure-sp"),
            Map.entry("clientId", "3f2b8c1e-7a4d-4e0f-9b61-2d5c8e7a1f04"),
            Map.entry("tenantId", "contoso.onmicrosoft.com"),
            Map.entry("cloud", "AzurePublicCloud"),
            Map.entry("out", "night-07"),
            Map.entry("unstableOnFailure", true),
            Map.entry("storageCredentialsId", "wave07-storage"),
            Map.entry("batchSize", 10),
            Map.entry("capMbps", 200),
            Map.entry("stopAt", "05:30"),
            Map.entry("dnsServer", "10.20.0.4"),
            Map.entry("machines", List.of("web01", "sql01")),
            Map.entry("stages", List.of("agents", "dns", "roles", "copy")),
            Map.entry("dryRun", true),
            Map.entry("revoke", false),
            Map.entry("runAgents", true),
            Map.entry("runDns", true),
            Map.entry("runRoles", false),
            Map.entry("runCopy", true));

    private SampleParameters() {
    }

    /** Sets every data-bound property but those in {@code leaveOut}; returns the names set. */
    static List<String> fill(Object describable, Set<String> leaveOut) throws ReflectiveOperationException {
        List<String> set = new ArrayList<>();
        for (Class<?> type = describable.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Method setter : type.getDeclaredMethods()) {
                if (!setter.isAnnotationPresent(DataBoundSetter.class) || setter.getParameterCount() != 1) {
                    continue;
                }
                String property = Character.toLowerCase(setter.getName().charAt(3)) + setter.getName().substring(4);
                if (leaveOut.contains(property) || set.contains(property)) {
                    continue;
                }
                if (!VALUES.containsKey(property)) {
                    throw new IllegalStateException(type.getName() + "." + setter.getName()
                            + ": no sample value; add one to SampleParameters so every gate sees it set");
                }
                setter.invoke(describable, coerce(VALUES.get(property), setter.getParameterTypes()[0]));
                set.add(property);
            }
        }
        return set;
    }

    /** The one coercion the samples need: the freestyle form keeps numbers as text. */
    private static Object coerce(Object value, Class<?> type) {
        return type == String.class && !(value instanceof String) ? String.valueOf(value) : value;
    }
}
