package io.jenkins.plugins.azuremigration.jenkins.views;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough of Java's generics to follow {@code it.stages.entrySet()} to {@code Map.Entry<String, String>}: raw
 * classes, the type arguments a supertype receives, and type variables replaced by what they are bound to.
 */
final class GenericTypes {
    private GenericTypes() {
    }

    /** A parameterized type made up by the gate, e.g. {@code Map.Entry<K, V>} for a forEach over a Map. */
    record Parameterized(Class<?> raw, Type[] arguments) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }

        @Override
        public String getTypeName() {
            return raw.getName() + Arrays.stream(arguments).map(Type::getTypeName).toList().toString()
                    .replace('[', '<').replace(']', '>');
        }
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType a) {
            return raw(a.getGenericComponentType()).arrayType();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        return Object.class;
    }

    /** The type variables of the raw class of {@code type}, bound to its arguments (none for a raw type). */
    static Map<TypeVariable<?>, Type> bindings(Type type) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        if (type instanceof ParameterizedType p) {
            TypeVariable<?>[] variables = raw(p).getTypeParameters();
            Type[] arguments = p.getActualTypeArguments();
            for (int i = 0; i < variables.length && i < arguments.length; i++) {
                bindings.put(variables[i], arguments[i]);
            }
        }
        return bindings;
    }

    /** {@code type} with the bound variables replaced; an unbound one or a wildcard becomes its upper bound. */
    static Type substitute(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> v) {
            Type bound = bindings.get(v);
            return bound != null ? bound : raw(v);
        }
        if (type instanceof WildcardType w) {
            return substitute(w.getUpperBounds()[0], bindings);
        }
        if (type instanceof ParameterizedType p) {
            Type[] arguments = p.getActualTypeArguments().clone();
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = substitute(arguments[i], bindings);
            }
            return new Parameterized(raw(p), arguments);
        }
        if (type instanceof GenericArrayType a) {
            return raw(substitute(a.getGenericComponentType(), bindings)).arrayType();
        }
        return type;
    }

    /** The direct supertypes of {@code type}, with its own bindings applied. */
    static List<Type> supertypes(Type type) {
        Class<?> raw = raw(type);
        Map<TypeVariable<?>, Type> bindings = bindings(type);
        List<Type> supertypes = new ArrayList<>();
        if (raw.getGenericSuperclass() != null) {
            supertypes.add(substitute(raw.getGenericSuperclass(), bindings));
        }
        for (Type implemented : raw.getGenericInterfaces()) {
            supertypes.add(substitute(implemented, bindings));
        }
        return supertypes;
    }

    /** The {@code index}-th type argument {@code type} gives {@code target} (Iterable's element type), or Object. */
    static Type argumentOf(Type type, Class<?> target, int index) {
        if (raw(type) == target) {
            Type[] arguments = type instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
            return index < arguments.length ? substitute(arguments[index], Map.of()) : Object.class;
        }
        for (Type supertype : supertypes(type)) {
            if (target.isAssignableFrom(raw(supertype))) {
                return argumentOf(supertype, target, index);
            }
        }
        return Object.class;
    }
}
