package io.jenkins.plugins.azuremigration.engine.dns;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ARM resource id helpers: ids are compared ignoring case, as ARM does. */
final class ArmIds {
    private static final Pattern SCOPE = Pattern.compile("(?i)/subscriptions/([^/]+)/resourceGroups/([^/]+)/.*");

    private ArmIds() {
    }

    static String lastSegment(String id) {
        String trimmed = id.endsWith("/") ? id.substring(0, id.length() - 1) : id;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /**
     * {@code subscription/resourceGroup/name} in lower case: links payloads even where an id's provider part is
     * spelled differently (the REST examples themselves have such slips).
     */
    static String key(String id, String name) {
        Matcher matcher = SCOPE.matcher(id);
        String scope = matcher.matches() ? matcher.group(1) + "/" + matcher.group(2) + "/" : "";
        return (scope + name).toLowerCase(Locale.ROOT);
    }

    /** The segment right before {@code /childType/...}, e.g. the endpoint's name in a zone group's id. */
    static String parentName(String id, String childType) {
        String lower = id.toLowerCase(Locale.ROOT);
        int child = lower.indexOf("/" + childType.toLowerCase(Locale.ROOT) + "/");
        return child < 0 ? null : lastSegment(id.substring(0, child));
    }

    static boolean contains(String id, String segment) {
        return id.toLowerCase(Locale.ROOT).contains("/" + segment.toLowerCase(Locale.ROOT) + "/");
    }
}
