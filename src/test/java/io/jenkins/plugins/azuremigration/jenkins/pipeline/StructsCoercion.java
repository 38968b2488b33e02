package io.jenkins.plugins.azuremigration.jenkins.pipeline;

import io.jenkins.plugins.azuremigration.jenkins.pipeline.ArgumentValue.RuntimeValue;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.codehaus.groovy.reflection.ReflectionCache;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * Would structs turn this literal into the parameter's type? The branches of structs' private
 * {@code DescribableModel.coerce(String, Type, Object, TaskListener)}, in its order, for the values a Jenkinsfile's
 * text can fix. Its first step is Groovy's own {@code CachedClass.coerceArgument} (for a parameter whose type is a
 * plain class), called here on the real Groovy 2.4.21 that Jenkins bundles: it turns a Long or BigDecimal into an int.
 *
 * <p>Two answers are stricter than structs, because structs would accept them silently with a different meaning: a
 * String other than true/false for a boolean ({@code Boolean.valueOf("yes")} is false), and a number with a
 * fraction for an int (Groovy truncates 1.5 to 1).
 */
final class StructsCoercion {
    private StructsCoercion() {
    }

    /** Empty when structs would accept the value; otherwise why not, in words. */
    static Optional<String> problem(Type type, Object value, boolean viaSetter) {
        Class<?> erased = erasure(type);
        if (value == RuntimeValue.ANY) {
            return Optional.empty();
        }
        if (value == RuntimeValue.GSTRING) {
            // structs: o instanceof GString -> o.toString(); then the String rules, with content unknown until run time
            boolean stringRuleApplies = erased.isAssignableFrom(String.class) || erased.isEnum()
                    || Number.class.isAssignableFrom(wrap(erased)) || wrap(erased) == Boolean.class
                    || wrap(erased) == Character.class;
            return stringRuleApplies ? Optional.empty()
                    : Optional.of("expects " + StepParameter.typeName(type) + " but gets " + value
                            + ", a String at run time");
        }
        Object original = value;
        if (type instanceof Class && !(value instanceof List) && !(value instanceof Map)) {
            value = ReflectionCache.getCachedClass(erased).coerceArgument(value);
        }
        if (value instanceof List<?> list && Collection.class.isAssignableFrom(erased)) {
            return elements(type, elementType(type), list);
        }
        if (wrap(erased).isInstance(value)) {
            if (original instanceof BigDecimal decimal && value instanceof Number number
                    && decimal.compareTo(new BigDecimal(number.toString())) != 0) {
                return Optional.of("expects " + StepParameter.typeName(type) + " but gets " + decimal
                        + ", which Groovy would silently truncate to " + number);
            }
            return Optional.empty();
        }
        if (value == null) {
            // a null constructor argument becomes the primitive's default, but a setter cannot be called with null
            return viaSetter && erased.isPrimitive()
                    ? Optional.of("expects " + erased.getName() + " but gets null (the setter call would fail)")
                    : Optional.empty();
        }
        if (value instanceof Map) {
            // structs instantiates a map as a describable of the parameter's type (or of its $class)
            return hasDataBoundConstructor(erased) || map(value).containsKey("$class") ? Optional.empty()
                    : mismatch(type, original);
        }
        if (value instanceof String s) {
            return stringInto(type, erased, s);
        }
        if (value instanceof List<?> list && erased.isArray()) {
            return elements(type, erased.getComponentType(), list);
        }
        return mismatch(type, original);
    }

    private static Optional<String> stringInto(Type type, Class<?> erased, String s) {
        if (erased.isEnum()) {
            boolean known = Arrays.stream(erased.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(s));
            return known ? Optional.empty()
                    : Optional.of("expects one of " + Arrays.toString(erased.getEnumConstants()) + " but gets '" + s
                            + "'");
        }
        if (erased == java.net.URL.class) {
            try {
                new java.net.URI(s).toURL();
                return Optional.empty();
            } catch (Exception e) {
                return Optional.of("expects a URL but gets '" + s + "'");
            }
        }
        if (wrap(erased) == Character.class && s.length() == 1) {
            return Optional.empty();
        }
        Class<?> wrapped = wrap(erased);
        if (Number.class.isAssignableFrom(wrapped)) {
            return numberFromString(type, wrapped, s);
        }
        if (wrapped == Boolean.class) {
            return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false") ? Optional.empty()
                    : Optional.of("expects boolean but gets String '" + s + "': structs would make it false"
                            + " (Boolean.valueOf), silently; write true or false without quotes");
        }
        return mismatch(type, s);
    }

    /** structs' coerceStringToNumber: valueOf of the wrapper, NumberFormatException becoming ClassCastException. */
    private static Optional<String> numberFromString(Type type, Class<?> wrapped, String s) {
        try {
            if (wrapped == Integer.class) {
                Integer.valueOf(s);
            } else if (wrapped == Long.class) {
                Long.valueOf(s);
            } else if (wrapped == Double.class) {
                Double.valueOf(s);
            } else if (wrapped == Float.class) {
                Float.valueOf(s);
            } else if (wrapped == Short.class) {
                Short.valueOf(s);
            } else if (wrapped == Byte.class) {
                Byte.valueOf(s);
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("expects " + StepParameter.typeName(type) + " but gets String '" + s
                    + "': structs is unable to coerce it to " + wrapped.getSimpleName() + " and the step fails");
        }
    }

    private static Optional<String> elements(Type type, Type elementType, List<?> list) {
        for (Object element : list) {
            Optional<String> problem = problem(elementType, element, false);
            if (problem.isPresent()) {
                return Optional.of("expects " + StepParameter.typeName(type) + ", but an element "
                        + problem.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> mismatch(Type type, Object value) {
        return Optional.of("expects " + StepParameter.typeName(type) + " but gets " + ArgumentValue.describe(value)
                + " (structs: ClassCastException, the step fails)");
    }

    private static Type elementType(Type collectionType) {
        if (collectionType instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        return Object.class;
    }

    private static Class<?> erasure(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType g) {
            return Array.newInstance(erasure(g.getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }

    private static Class<?> wrap(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return Array.get(Array.newInstance(c, 1), 0).getClass();
    }

    private static boolean hasDataBoundConstructor(Class<?> c) {
        for (Constructor<?> constructor : c.getConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> map(Object value) {
        return (Map<Object, Object>) value;
    }
}
