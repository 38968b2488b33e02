package io.jenkins.plugins.azuremigration.jenkins.pipeline;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One parameter of a step as structs' DescribableModel sees it: a {@code @DataBoundConstructor} parameter (structs'
 * DescribableParameter.isRequired: no setter) or a {@code @DataBoundSetter} property (optional).
 */
record StepParameter(String name, Type type, boolean required) {
    boolean isSetter() {
        return !required;
    }

    /** {@code int}, {@code String}, {@code List<String>}, {@code Map<String, Object>}: as the docs write them. */
    String typeName() {
        return typeName(type);
    }

    static String typeName(Type type) {
        if (type instanceof Class<?> c) {
            return c.getSimpleName();
        }
        if (type instanceof ParameterizedType p) {
            return typeName(p.getRawType()) + Arrays.stream(p.getActualTypeArguments()).map(StepParameter::typeName)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        return type.getTypeName();
    }
}
