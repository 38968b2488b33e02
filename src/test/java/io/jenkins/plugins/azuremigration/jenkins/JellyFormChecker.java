package io.jenkins.plugins.azuremigration.jenkins;

import io.jenkins.plugins.azuremigration.jenkins.validate.ValidateWaveStep;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks every {@code config.jelly} of the Jenkins layer against its class: escape-by-default, each {@code field} names
 * a {@code @DataBoundConstructor} parameter or {@code @DataBoundSetter} property, each such property has a field in
 * the form, and each field and the class have help files. Scans every package under {@link #ROOT}, so a new step's
 * views are checked as soon as they exist.
 */
final class JellyFormChecker {
    static final String ROOT = "io/jenkins/plugins/azuremigration/jenkins";
    private static final String ESCAPE = "<?jelly escape-by-default='true'?>";
    private static final String FORM_NAMESPACE = "/lib/form";

    private final Path resources;

    JellyFormChecker(Path resources) {
        this.resources = resources;
    }

    /** The checker over the compiled resources (target/classes), where the views of the built plugin are. */
    static JellyFormChecker ofCompiledResources() throws URISyntaxException {
        return new JellyFormChecker(Path.of(ValidateWaveStep.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()));
    }

    /** Every {@code config.jelly} below {@link #ROOT}, as paths relative to the resource root. */
    List<Path> configViews() throws IOException {
        try (Stream<Path> files = Files.walk(resources.resolve(ROOT))) {
            return files.filter(p -> p.getFileName().toString().equals("config.jelly"))
                    .map(resources::relativize).sorted().toList();
        }
    }

    /** Every problem of every view; empty when all are consistent. */
    List<String> problems() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path view : configViews()) {
            problems.addAll(problems(view));
        }
        return problems;
    }

    /** The problems of one {@code <package>/<Class>/config.jelly}. */
    List<String> problems(Path view) throws Exception {
        List<String> problems = new ArrayList<>();
        Path folder = resources.resolve(view).getParent();
        String className = resources.relativize(folder).toString().replace(folder.getFileSystem().getSeparator(), ".");
        Class<?> type;
        try {
            type = Class.forName(className, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            return List.of(view + ": no class " + className + " for this view folder");
        }
        String text = Files.readString(resources.resolve(view), StandardCharsets.UTF_8);
        if (!text.startsWith(ESCAPE)) {
            problems.add(view + ": does not start with " + ESCAPE);
        }
        Set<String> fields = formFields(resources.resolve(view));
        Set<String> properties = properties(type);
        for (String field : fields) {
            if (!properties.contains(field)) {
                problems.add(view + ": field '" + field + "' is not a @DataBoundConstructor parameter or"
                        + " @DataBoundSetter of " + type.getSimpleName() + " " + properties);
            }
            if (!Files.isRegularFile(folder.resolve("help-" + field + ".html"))) {
                problems.add(view + ": field '" + field + "' has no help-" + field + ".html");
            }
        }
        for (String property : properties) {
            if (!fields.contains(property)) {
                problems.add(view + ": property '" + property + "' of " + type.getSimpleName() + " has no form field");
            }
        }
        if (!Files.isRegularFile(folder.resolve("help.html"))) {
            problems.add(view + ": " + type.getSimpleName() + " has no help.html");
        }
        return problems;
    }

    /** The {@code field} attributes of the form elements ({@code f:entry}, {@code f:textbox}, ...). */
    static Set<String> formFields(Path view) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList elements = factory.newDocumentBuilder().parse(view.toFile()).getElementsByTagNameNS(FORM_NAMESPACE, "*");
        Set<String> fields = new LinkedHashSet<>();
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (element.hasAttribute("field")) {
                fields.add(element.getAttribute("field"));
            }
        }
        return fields;
    }

    /** The names Stapler binds: constructor parameters (compiled with -parameters) and setter/field properties. */
    static Set<String> properties(Class<?> type) {
        Set<String> properties = new LinkedHashSet<>();
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                for (Parameter parameter : constructor.getParameters()) {
                    if (!parameter.isNamePresent()) {
                        throw new IllegalStateException(type + " was compiled without -parameters");
                    }
                    properties.add(parameter.getName());
                }
            }
        }
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(DataBoundSetter.class) && method.getName().startsWith("set")
                    && method.getName().length() > 3) {
                String name = method.getName().substring(3);
                properties.add(name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1));
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(DataBoundSetter.class)) {
                    properties.add(field.getName());
                }
            }
        }
        return properties;
    }
}
