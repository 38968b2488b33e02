package io.jenkins.plugins.azuremigration.jenkins.views;

import java.util.HashMap;
import java.util.Map;

/**
 * The variables a view sees at one point: what Stapler binds ({@code it}, {@code instance}, {@code descriptor},
 * {@code app}, {@code h}, {@code rootURL}) and what {@code j:set}/{@code j:forEach} define. A forEach body gets a
 * child scope; {@code j:set} writes to the scope it runs in, as Jelly's context does.
 */
final class ViewScope {
    private final ViewScope parent;
    private final Map<String, ViewType> variables = new HashMap<>();

    ViewScope(ViewScope parent) {
        this.parent = parent;
    }

    ViewScope child() {
        return new ViewScope(this);
    }

    void define(String name, ViewType type) {
        variables.put(name, type);
    }

    /** The variable's type, or null when nothing defines it. */
    ViewType lookup(String name) {
        for (ViewScope s = this; s != null; s = s.parent) {
            ViewType type = s.variables.get(name);
            if (type != null) {
                return type;
            }
        }
        return null;
    }
}
