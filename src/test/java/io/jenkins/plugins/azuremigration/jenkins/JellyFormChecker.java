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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks every {@code config.jelly} of the Jenkins layer against its class: escape-by-default, each {@code field} names
 * a {@code @DataBoundConstructor} parameter or {@code @DataBoundSetter} property, each such property has a field in
 * the form, and each field and the class have help files. Scans every package under {@link #ROOT}, so a new step's
 * views are checked as soon as they exist.
 * <p>It reads the views as Jenkins does: {@code <st:include page=".." class=".."/>} fragments are part of the form;
 * a field's help is {@code help-FIELD.html} beside the class or any superclass (Descriptor.getHelpFile walks the
 * hierarchy), or the page an entry's {@code help="/descriptor/CLASS/help/FIELD"} names. A property bound to a Map or a
 * collection cannot be a form field (the Snippet Generator has no control for it), so it is exempt, but the class's
 * help.html must mention it as {@code <code>name:}.
 */
final class JellyFormChecker {
    static final String ROOT = "io/jenkins/plugins/azuremigration/jenkins";
    private static final String ESCAPE = "<?jelly escape-by-default='true'?>";
    private static final String FORM_NAMESPACE = "/lib/form";
    private static final String STAPLER_NAMESPACE = "jelly:stapler";
    private static final String DESCRIBED_CLASS = "${descriptor.clazz}";
    private static final Pattern DESCRIPTOR_HELP = Pattern.compile("/descriptor/([\\w.$]+)/help/(\\w+)");

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
        Map<String, String> fields = new LinkedHashMap<>();
        collectFields(resources.resolve(view), type, fields, problems, view);
        Set<String> properties = properties(type);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String name = field.getKey();
            if (!properties.contains(name)) {
                problems.add(view + ": field '" + name + "' is not a @DataBoundConstructor parameter or"
                        + " @DataBoundSetter of " + type.getSimpleName() + " " + properties);
            }
            String help = field.getValue();
            if (help.isEmpty() ? helpFile(type, "help-" + name + ".html") == null : !helpPageExists(help)) {
                problems.add(view + ": field '" + name + "' has no help-" + name + ".html"
                        + (help.isEmpty() ? "" : " at " + help));
            }
        }
        Path classHelp = helpFile(type, "help.html");
        String classHelpText = classHelp == null ? "" : Files.readString(classHelp, StandardCharsets.UTF_8);
        for (String property : properties) {
            if (fields.containsKey(property)) {
                continue;
            }
            if (!boundToMapOrCollection(type, property)) {
                problems.add(view + ": property '" + property + "' of " + type.getSimpleName() + " has no form field");
            } else if (!classHelpText.contains("<code>" + property + ":")) {
                problems.add(view + ": property '" + property + "' of " + type.getSimpleName()
                        + " cannot be a form field and its help.html does not show <code>" + property + ":");
            }
        }
        if (classHelp == null) {
            problems.add(view + ": " + type.getSimpleName() + " has no help.html");
        }
        return problems;
    }

    /** The file (help or view) beside the class or its nearest superclass that has one, or null. */
    private Path helpFile(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Path candidate = resources.resolve(c.getName().replace('.', '/')).resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** {@code /descriptor/CLASS/help/FIELD}: the help that Descriptor.doHelp would serve for CLASS. */
    private boolean helpPageExists(String help) {
        Matcher matcher = DESCRIPTOR_HELP.matcher(help);
        if (!matcher.matches()) {
            return false;
        }
        try {
            return helpFile(Class.forName(matcher.group(1), false, getClass().getClassLoader()),
                    "help-" + matcher.group(2) + ".html") != null;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean boundToMapOrCollection(Class<?> type, String property) {
        String setter = "set" + property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
        for (Method method : type.getMethods()) {
            if (method.getName().equals(setter) && method.getParameterCount() == 1) {
                Class<?> parameter = method.getParameterTypes()[0];
                return Map.class.isAssignableFrom(parameter) || Collection.class.isAssignableFrom(parameter);
            }
        }
        return false;
    }

    /** The fields of a view and of the fragments it includes, each with its {@code help} attribute ("" if none). */
    private void collectFields(Path view, Class<?> type, Map<String, String> fields, List<String> problems,
            Path shownAs) throws Exception {
        Document document = parse(view);
        NodeList elements = document.getElementsByTagNameNS(FORM_NAMESPACE, "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (element.hasAttribute("field") && !fields.containsKey(element.getAttribute("field"))) {
                fields.put(element.getAttribute("field"), element.getAttribute("help"));
            }
        }
        NodeList includes = document.getElementsByTagNameNS(STAPLER_NAMESPACE, "include");
        for (int i = 0; i < includes.getLength(); i++) {
            Element include = (Element) includes.item(i);
            if (!DESCRIBED_CLASS.equals(include.getAttribute("class"))) {
                problems.add(shownAs + ": includes " + include.getAttribute("page") + " without class=\""
                        + DESCRIBED_CLASS + "\"; Stapler would look it up on whatever 'it' is");
                continue;
            }
            // Stapler finds a view of a class in the class's folder or any superclass's
            Path fragment = helpFile(type, include.getAttribute("page"));
            if (fragment == null) {
                problems.add(shownAs + ": includes " + include.getAttribute("page") + ", which neither "
                        + type.getSimpleName() + " nor a superclass has");
                continue;
            }
            if (!Files.readString(fragment, StandardCharsets.UTF_8).startsWith(ESCAPE)) {
                problems.add(resources.relativize(fragment) + ": does not start with " + ESCAPE);
            }
            collectFields(fragment, type, fields, problems, shownAs);
        }
    }

    private static Document parse(Path view) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(view.toFile());
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
