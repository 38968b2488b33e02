package io.jenkins.plugins.azuremigration.build;

import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;

/**
 * Converts between the binary names the model uses ({@code hudson.FilePath$FileCallable}, {@code int[]}) and JVM
 * descriptors.
 */
final class Descriptors {
    private static final Map<String, String> PRIMITIVES = Map.of(
            "void", "V", "boolean", "Z", "byte", "B", "char", "C", "short", "S",
            "int", "I", "long", "J", "float", "F", "double", "D");

    private Descriptors() {
    }

    static boolean isPrimitive(String name) {
        return PRIMITIVES.containsKey(name);
    }

    static String of(String binaryName) {
        if (binaryName.endsWith("[]")) {
            return "[" + of(binaryName.substring(0, binaryName.length() - 2));
        }
        String primitive = PRIMITIVES.get(binaryName);
        return primitive != null ? primitive : "L" + binaryName.replace('.', '/') + ";";
    }

    static String method(List<String> parameterTypes, String returnType) {
        StringBuilder descriptor = new StringBuilder("(");
        parameterTypes.forEach(p -> descriptor.append(of(p)));
        return descriptor.append(')').append(of(returnType)).toString();
    }

    /** {@code hudson/FilePath} or {@code [Lhudson/FilePath;} to {@code hudson.FilePath} / {@code hudson.FilePath[]}. */
    static String binaryNameOfInternal(String internalName) {
        return internalName.startsWith("[") ? Type.getType(internalName).getClassName() : internalName.replace('/', '.');
    }

    /** The class a (possibly array) type is made of, or null for primitives: what has to exist for it to link. */
    static String elementClass(Type type) {
        Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        return element.getSort() == Type.OBJECT ? element.getClassName() : null;
    }
}
