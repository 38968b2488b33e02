package io.jenkins.plugins.azuremigration.jenkins.views;

import java.lang.reflect.Type;

/** What the gate knows of the type of a value in a view. */
sealed interface ViewType {
    /** A JDK or plugin type, read by reflection with its type arguments ({@code Map<String, String>}). */
    record Reflected(Type type) implements ViewType {
        @Override
        public String describe() {
            return type.getTypeName().replaceAll("\\b(java\\.(lang|util)|io\\.jenkins\\.plugins\\.azuremigration(\\.\\w+)*)\\.", "");
        }
    }

    /**
     * A Jenkins type, read from the signature lists (javap of the real jars), never from the compile-only stand-ins,
     * which declare only what our Java code calls. Generics are erased there.
     */
    record Jenkins(String name) implements ViewType {
        @Override
        public String describe() {
            return name;
        }
    }

    /** hudson.Functions ({@code h}): the members recorded in jelly-taglibs-2.516.txt. */
    record Functions() implements ViewType {
        @Override
        public String describe() {
            return "hudson.Functions";
        }
    }

    /** Not knowable here; {@code why} says why, and a use must be allowed explicitly. */
    record Unknown(String why) implements ViewType {
        @Override
        public String describe() {
            return "unknown (" + why + ")";
        }
    }

    String describe();
}
