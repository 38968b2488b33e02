package io.jenkins.plugins.azuremigration.build;

import java.util.List;
import java.util.Set;

/**
 * One constructor, method or field of a Jenkins type as the signature lists show it, with generics erased, so it can
 * be compared with a class file: {@code type} is the return type (void for constructors) or the field type.
 */
record ReferenceMember(
        Kind kind,
        String name,
        Access access,
        boolean isStatic,
        boolean isAbstract,
        boolean isFinal,
        List<String> parameterTypes,
        String type,
        Set<String> exceptions,
        boolean hasDefaultValue,
        String origin) {

    enum Kind { CONSTRUCTOR, METHOD, FIELD }

    /** Ordered by strength, so an override with a lower ordinal than the overridden member is weaker. */
    enum Access {
        PRIVATE, PACKAGE, PROTECTED, PUBLIC;

        static Access of(int asmAccess) {
            if ((asmAccess & org.objectweb.asm.Opcodes.ACC_PUBLIC) != 0) {
                return PUBLIC;
            }
            if ((asmAccess & org.objectweb.asm.Opcodes.ACC_PROTECTED) != 0) {
                return PROTECTED;
            }
            return (asmAccess & org.objectweb.asm.Opcodes.ACC_PRIVATE) != 0 ? PRIVATE : PACKAGE;
        }
    }

    ReferenceMember {
        parameterTypes = List.copyOf(parameterTypes);
        exceptions = Set.copyOf(exceptions);
    }

    /** The JVM name: constructors are {@code <init>}. */
    String jvmName() {
        return kind == Kind.CONSTRUCTOR ? "<init>" : name;
    }

    String descriptor() {
        return kind == Kind.FIELD ? Descriptors.of(type) : Descriptors.method(parameterTypes, type);
    }

    /** Identity within a type, as the JVM links members: kind, name and descriptor. */
    String key() {
        return key(kind == Kind.FIELD, jvmName(), descriptor());
    }

    static String key(boolean field, String jvmName, String descriptor) {
        return (field ? "field " : "method ") + jvmName + descriptor;
    }

    /** Readable form for messages, e.g. {@code public static hudson.FilePath child(java.lang.String)}. */
    String describe() {
        String modifiers = access.name().toLowerCase() + (isStatic ? " static" : "") + (isAbstract ? " abstract" : "")
                + (isFinal ? " final" : "");
        return switch (kind) {
            case FIELD -> modifiers + " " + type + " " + name;
            case CONSTRUCTOR -> modifiers + " <init>(" + String.join(", ", parameterTypes) + ")";
            case METHOD -> modifiers + " " + type + " " + name + "(" + String.join(", ", parameterTypes) + ")";
        };
    }
}
