package io.jenkins.plugins.azuremigration.jenkins.views;

import io.jenkins.plugins.azuremigration.build.JenkinsApiReference;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves {@code x.foo} and {@code x.foo(a)} as JEXL does: {@code getFoo()}, then {@code isFoo()}, then a public field,
 * then a Map key; a call by name and number of arguments. Plugin and JDK types are read by reflection (with generics);
 * Jenkins types from the signature lists, so that a view cannot rely on a stand-in's shape.
 */
final class TypeModel {
    /** The outcome of one member access. */
    sealed interface Resolution {
        record Found(ViewType type) implements Resolution {
        }

        /** No member of that name: JEXL would look the name up as a key of this Map. */
        record MapKey(ViewType valueType) implements Resolution {
        }

        record Missing(String message) implements Resolution {
        }
    }

    private final JenkinsApiReference api;
    private final List<TagLibraryReference.FunctionsMember> functions;

    TypeModel(JenkinsApiReference api, List<TagLibraryReference.FunctionsMember> functions) {
        this.api = api;
        this.functions = functions;
    }

    /** The type of a class name: a Jenkins type when the lists have it, else loaded by reflection. */
    ViewType named(String name) {
        if (api.knows(name)) {
            return new ViewType.Jenkins(name);
        }
        Class<?> primitive = switch (name) {
            case "boolean" -> boolean.class;
            case "int" -> int.class;
            case "long" -> long.class;
            case "double" -> double.class;
            case "void" -> void.class;
            default -> null;
        };
        if (primitive != null) {
            return new ViewType.Reflected(primitive);
        }
        try {
            return of(Class.forName(name.endsWith("[]") ? "[L" + name.substring(0, name.length() - 2) + ";" : name,
                    false, getClass().getClassLoader()));
        } catch (ClassNotFoundException e) {
            return new ViewType.Unknown(name + " is in neither the Jenkins lists nor the test class path");
        }
    }

    ViewType of(Type type) {
        String name = GenericTypes.raw(type).getName();
        return api.knows(name) ? new ViewType.Jenkins(name) : new ViewType.Reflected(type);
    }

    /** The superclass of a Jenkins class as the lists show it, or null. */
    String superclassOf(String jenkinsClass) {
        if (!api.knows(jenkinsClass)) {
            return null;
        }
        List<String> supertypes = api.supertypes(jenkinsClass);
        return supertypes.isEmpty() || !api.knows(supertypes.get(0)) ? null : supertypes.get(0);
    }

    Resolution property(ViewType target, String name) {
        String capitalized = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        Resolution member = member(target, "get" + capitalized, 0, false);
        if (member instanceof Resolution.Found) {
            return member;
        }
        Resolution is = member(target, "is" + capitalized, 0, false);
        if (is instanceof Resolution.Found found && isBoolean(found.type())) {
            return is;
        }
        Resolution field = member(target, name, -1, true);
        if (field instanceof Resolution.Found) {
            return field;
        }
        if (target instanceof ViewType.Reflected r && Map.class.isAssignableFrom(GenericTypes.raw(r.type()))) {
            return new Resolution.MapKey(of(GenericTypes.argumentOf(r.type(), Map.class, 1)));
        }
        return new Resolution.Missing("no getter get" + capitalized + "()/is" + capitalized + "(), public field or"
                + " Map key '" + name + "' on " + target.describe());
    }

    Resolution method(ViewType target, String name, int arguments) {
        Resolution found = member(target, name, arguments, false);
        return found instanceof Resolution.Found ? found
                : new Resolution.Missing("no public method " + name + " with " + arguments + " argument(s) on "
                        + target.describe());
    }

    /** What a {@code j:forEach} over a value of this type gives each round, as Jelly's iteration does. */
    ViewType elementType(ViewType items) {
        if (items instanceof ViewType.Unknown unknown) {
            return unknown;
        }
        if (items instanceof ViewType.Reflected r) {
            Class<?> raw = GenericTypes.raw(r.type());
            if (raw.isArray()) {
                return of(raw.getComponentType());
            }
            if (Iterable.class.isAssignableFrom(raw)) {
                return of(GenericTypes.argumentOf(r.type(), Iterable.class, 0));
            }
            if (Iterator.class.isAssignableFrom(raw)) {
                return of(GenericTypes.argumentOf(r.type(), Iterator.class, 0));
            }
            if (Map.class.isAssignableFrom(raw)) { // Jelly iterates a Map's entries
                return of(new GenericTypes.Parameterized(Map.Entry.class, new Type[] {
                        GenericTypes.argumentOf(r.type(), Map.class, 0), GenericTypes.argumentOf(r.type(), Map.class, 1)}));
            }
        }
        return new ViewType.Unknown("the element type of " + items.describe() + " cannot be known");
    }

    private static boolean isBoolean(ViewType type) {
        return type instanceof ViewType.Reflected r && (r.type() == boolean.class || r.type() == Boolean.class);
    }

    /** A method of that name and arity (-1 with field=true: a public field), searched up the whole hierarchy. */
    private Resolution member(ViewType target, String name, int arity, boolean field) {
        if (target instanceof ViewType.Functions) {
            return functions.stream().filter(f -> !field && f.name().equals(name) && f.parameterCount() == arity)
                    .findFirst().<Resolution>map(f -> new Resolution.Found(named(f.returnType())))
                    .orElse(new Resolution.Missing("hudson.Functions." + name + " is not recorded"));
        }
        Deque<Object> queue = new ArrayDeque<>(); // Type (reflected) or String (Jenkins type name)
        queue.add(target instanceof ViewType.Reflected r ? r.type() : ((ViewType.Jenkins) target).name());
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Object next = queue.poll();
            if (next instanceof String jenkins && api.knows(jenkins)) {
                if (!seen.add(jenkins)) {
                    continue;
                }
                for (JenkinsApiReference.Member m : api.publicMembers(jenkins)) {
                    if (m.name().equals(name) && m.field() == field && (field || m.parameterTypes().size() == arity)) {
                        return new Resolution.Found(named(m.type()));
                    }
                }
                queue.addAll(api.supertypes(jenkins));
                continue;
            }
            Type type = next instanceof String other ? named(other) instanceof ViewType.Reflected r ? r.type() : null
                    : (Type) next;
            if (type == null) {
                return new Resolution.Missing(name + ": the supertype " + next + " is in no Jenkins list");
            }
            Class<?> raw = GenericTypes.raw(type);
            if (api.knows(raw.getName())) { // a stand-in met through one of our classes: use the lists instead
                queue.add(raw.getName());
                continue;
            }
            if (!seen.add(type.getTypeName())) {
                continue;
            }
            Resolution found = declared(type, raw, name, arity, field);
            if (found != null) {
                return found;
            }
            queue.addAll(GenericTypes.supertypes(type));
        }
        return new Resolution.Missing(name);
    }

    private Resolution declared(Type type, Class<?> raw, String name, int arity, boolean field) {
        if (field) {
            for (Field f : raw.getDeclaredFields()) {
                if (f.getName().equals(name) && Modifier.isPublic(f.getModifiers())) {
                    return new Resolution.Found(of(GenericTypes.substitute(f.getGenericType(),
                            GenericTypes.bindings(type))));
                }
            }
            return null;
        }
        for (Method m : raw.getDeclaredMethods()) {
            if (m.getName().equals(name) && Modifier.isPublic(m.getModifiers()) && !m.isBridge()
                    && (m.getParameterCount() == arity || m.isVarArgs() && arity >= m.getParameterCount() - 1)) {
                return new Resolution.Found(of(GenericTypes.substitute(m.getGenericReturnType(),
                        GenericTypes.bindings(type))));
            }
        }
        return null;
    }
}
