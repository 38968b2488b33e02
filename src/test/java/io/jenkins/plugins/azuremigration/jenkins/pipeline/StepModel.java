package io.jenkins.plugins.azuremigration.jenkins.pipeline;

import java.beans.Introspector;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The parameters of one step (or builder), collected the way structs' {@code DescribableModel(Class)} collects them:
 * the {@code @DataBoundConstructor}'s parameters first, in order, all required; then every {@code @DataBoundSetter}
 * field and {@code setX} method, walking from the class up through its superclasses with getDeclaredFields and
 * getDeclaredMethods (so a setter of WaveStepBase counts for CopyStep), named by
 * {@code Introspector.decapitalize}.
 * Constructor parameter names come from the class files' MethodParameters ({@code -parameters} in the pom), which
 * is what Stapler's ClassDescriptor reads first.
 */
final class StepModel {
    enum Kind {
        /** A {@code Step}: called by its function name, which is also its {@code @Symbol}. */
        STEP,
        /** A {@code SimpleBuildStep} builder: called through the {@code step} meta-step, by symbol or $class. */
        BUILDER
    }

    private final String symbol;
    private final Class<?> type;
    private final Kind kind;
    private final List<String> constructorParameterNames;
    private final Map<String, StepParameter> parameters;

    StepModel(String symbol, Class<?> type, Kind kind) {
        this.symbol = symbol;
        this.type = type;
        this.kind = kind;
        Constructor<?> constructor = dataBoundConstructor(type);
        List<String> names = new ArrayList<>();
        Map<String, StepParameter> collected = new LinkedHashMap<>();
        Parameter[] constructorParameters = constructor.getParameters();
        for (Parameter p : constructorParameters) {
            if (!p.isNamePresent()) {
                throw new IllegalStateException(constructor + ": parameter names are not in the class file"
                        + " (compile with -parameters), so Jenkins could not bind named arguments to them");
            }
            names.add(p.getName());
            collected.put(p.getName(), new StepParameter(p.getName(), p.getParameterizedType(), true));
        }
        // structs puts the setters into a TreeMap while walking up: a superclass's setter of the same name wins
        Map<String, StepParameter> setters = new TreeMap<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(DataBoundSetter.class)) {
                    setters.put(f.getName(), new StepParameter(f.getName(), f.getGenericType(), false));
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(DataBoundSetter.class)) {
                    if (!m.getName().startsWith("set") || m.getParameterCount() != 1) {
                        throw new IllegalStateException(m + " cannot be a @DataBoundSetter");
                    }
                    String name = Introspector.decapitalize(m.getName().substring(3));
                    setters.put(name, new StepParameter(name, m.getGenericParameterTypes()[0], false));
                }
            }
        }
        collected.putAll(setters);
        this.constructorParameterNames = List.copyOf(names);
        this.parameters = collected;
    }

    private static Constructor<?> dataBoundConstructor(Class<?> type) {
        return Arrays.stream(type.getConstructors()).filter(c -> c.isAnnotationPresent(DataBoundConstructor.class))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(type + " has no public @DataBoundConstructor"));
    }

    String symbol() {
        return symbol;
    }

    Class<?> type() {
        return type;
    }

    Kind kind() {
        return kind;
    }

    StepParameter parameter(String name) {
        return parameters.get(name);
    }

    Collection<StepParameter> parameters() {
        return parameters.values();
    }

    List<StepParameter> requiredParameters() {
        return parameters.values().stream().filter(StepParameter::required).toList();
    }

    /** structs' getSoleRequiredParameter: the one required parameter, or null when there are none or several. */
    StepParameter soleRequiredParameter() {
        List<StepParameter> required = requiredParameters();
        return required.size() == 1 ? required.get(0) : null;
    }

    /**
     * workflow-cps' {@code singleArgumentOnly}: one required parameter and nothing else. Only then is a single map
     * argument taken as the value of that parameter instead of as named arguments.
     */
    boolean singleArgumentOnly() {
        return soleRequiredParameter() != null && parameters.size() == 1;
    }

    /**
     * The parameter a single unnamed argument binds to, or null when it must be named.
     *
     * <p>A step (workflow-cps DSL.parseArgs): the sole parameter if it is the only one, else the constructor's
     * parameter if it has exactly one (loadSoleArgumentKey). A builder called by symbol goes through
     * UninstantiatedDescribable's anonymous key, which structs' instantiate binds to getSoleRequiredParameter.
     */
    StepParameter positionalTarget() {
        if (kind == Kind.BUILDER || singleArgumentOnly()) {
            return soleRequiredParameter();
        }
        return constructorParameterNames.size() == 1 ? parameters.get(constructorParameterNames.get(0)) : null;
    }

    @Override
    public String toString() {
        return symbol + " (" + type.getName() + ")";
    }
}
