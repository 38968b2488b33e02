package io.jenkins.plugins.azuremigration.jenkins.pipeline;

import io.jenkins.plugins.azuremigration.jenkins.wave.WaveStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;

/**
 * Our steps, found by reflection rather than listed, so that a new step or a renamed symbol is checked without
 * touching the gate: every compiled class under {@value #PACKAGE} annotated {@code @Symbol} is a descriptor, and the
 * class it describes ({@link DescribedClass}) is either a Pipeline {@code Step} or a {@code SimpleBuildStep} builder.
 */
final class StepCatalog {
    static final String PACKAGE = "io.jenkins.plugins.azuremigration.jenkins";

    private final Map<String, StepModel> bySymbol;
    private final List<Class<?>> descriptors;

    private StepCatalog(Map<String, StepModel> bySymbol, List<Class<?>> descriptors) {
        this.bySymbol = bySymbol;
        this.descriptors = descriptors;
    }

    static StepCatalog ofCompiledClasses() {
        Map<String, StepModel> bySymbol = new TreeMap<>();
        List<Class<?>> descriptors = new ArrayList<>();
        for (Class<?> candidate : compiledClasses()) {
            Symbol symbol = candidate.getAnnotation(Symbol.class);
            if (symbol == null) {
                continue;
            }
            descriptors.add(candidate);
            Class<?> described = DescribedClass.of(candidate);
            StepModel.Kind kind;
            if (Step.class.isAssignableFrom(described)) {
                kind = StepModel.Kind.STEP;
            } else if (SimpleBuildStep.class.isAssignableFrom(described)) {
                kind = StepModel.Kind.BUILDER;
            } else {
                throw new IllegalStateException(candidate + " gives a symbol to " + described
                        + ", which is neither a Step nor a SimpleBuildStep: teach the Pipeline examples gate about it");
            }
            for (String name : symbol.value()) {
                StepModel previous = bySymbol.put(name, new StepModel(name, described, kind));
                if (previous != null) {
                    throw new IllegalStateException("symbol " + name + " is given twice: " + previous.type() + ", "
                            + described);
                }
            }
        }
        return new StepCatalog(bySymbol, descriptors);
    }

    Optional<StepModel> bySymbol(String name) {
        return Optional.ofNullable(bySymbol.get(name));
    }

    /** A builder named by {@code $class}: structs takes a fully qualified name, or a simple name among the subtypes. */
    Optional<StepModel> builderByClassName(String name) {
        return bySymbol.values().stream().filter(model -> model.kind() == StepModel.Kind.BUILDER)
                .filter(model -> model.type().getName().equals(name) || model.type().getSimpleName().equals(name))
                .findFirst();
    }

    Collection<StepModel> models() {
        return bySymbol.values();
    }

    List<Class<?>> descriptors() {
        return descriptors;
    }

    /** Classes are loaded without being initialised: only their annotations and signatures are read. */
    private static List<Class<?>> compiledClasses() {
        Path root;
        try {
            root = Path.of(WaveStep.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path packageFolder = root.resolve(PACKAGE.replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(packageFolder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                classes.add(Class.forName(name, false, WaveStep.class.getClassLoader()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
