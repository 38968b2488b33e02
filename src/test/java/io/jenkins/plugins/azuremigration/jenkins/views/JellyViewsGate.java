package io.jenkins.plugins.azuremigration.jenkins.views;

import hudson.model.Action;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The run-time checks Jenkins would make of our views, made here without Jenkins: every {@code .jelly} under the
 * resource root must start with the escape-by-default header, be XML, use only tags (and attributes) that Jenkins
 * 2.516's tag libraries have, and name in each {@code ${...}} only members that exist on the object the view renders.
 * Roles: {@code config.jelly} renders its folder's class (instance) and that class's descriptor; the pages of a class
 * implementing {@code Action} render the action as {@code it}; any other view must be included by one of those, and
 * is checked with the including view's variables (Stapler includes it into the same context).
 */
final class JellyViewsGate {
    static final String ESCAPE = "<?jelly escape-by-default='true'?>";
    private static final String CORE = "jelly:core";
    private static final String STAPLER = "jelly:stapler";
    private static final String DESCRIBED_CLASS = "${descriptor.clazz}";

    private final Path resources;
    private final TagLibraryReference taglibs;
    private final TypeModel types;
    private final DescriptorLookup descriptors;
    private final GateReport report;
    /** Views already checked in a role (a fragment is checked once per including class). */
    private final Set<String> visited = new HashSet<>();

    JellyViewsGate(Path resources, TagLibraryReference taglibs, TypeModel types, DescriptorLookup descriptors,
            GateReport report) {
        this.resources = resources;
        this.taglibs = taglibs;
        this.types = types;
        this.descriptors = descriptors;
        this.report = report;
    }

    /** Checks every view; what was found and counted is in the report. */
    GateReport checkAll() throws IOException {
        List<Path> views;
        try (Stream<Path> files = Files.walk(resources)) {
            views = files.filter(p -> p.toString().endsWith(".jelly")).sorted().toList();
        }
        Set<Path> reached = new HashSet<>();
        for (Path view : views) {
            ViewRole role = roleOf(view);
            if (role != null) {
                check(view, role, reached);
            }
        }
        for (Path view : views) {
            if (!reached.contains(view)) {
                report.problem(name(view), 1, "neither a config.jelly, nor a page of an Action, nor included by one:"
                        + " the gate cannot know what it renders");
            }
        }
        return report;
    }

    /** The role of a top-level view, or null for a fragment (checked when something includes it). */
    private ViewRole roleOf(Path view) {
        Class<?> owner = ownerClass(view);
        if (owner == null) {
            return null;
        }
        String file = view.getFileName().toString();
        if (file.equals("config.jelly")) {
            ViewScope scope = staplerVariables();
            scope.define("instance", types.of(owner));
            Class<?> descriptor = descriptors.descriptorOf(owner);
            scope.define("descriptor", descriptor == null
                    ? new ViewType.Unknown("no @Extension Descriptor describes " + owner.getName())
                    : types.of(descriptor));
            return new ViewRole("config view of " + owner.getSimpleName(), owner, scope);
        }
        if (Action.class.isAssignableFrom(owner)) {
            return actionRole(types.of(owner), owner.getSimpleName());
        }
        return null;
    }

    private ViewRole actionRole(ViewType it, String name) {
        ViewScope scope = staplerVariables();
        scope.define("it", it);
        return new ViewRole("page of " + name, null, scope);
    }

    /** What Stapler's JellyFacet binds for every view (besides it/instance/descriptor). */
    private ViewScope staplerVariables() {
        ViewScope scope = new ViewScope(null);
        scope.define("app", types.named("jenkins.model.Jenkins"));
        scope.define("h", new ViewType.Functions());
        scope.define("rootURL", new ViewType.Reflected(String.class));
        return scope;
    }

    private Class<?> ownerClass(Path view) {
        Path folder = resources.relativize(view.getParent());
        String className = folder.toString().replace(folder.getFileSystem().getSeparator(), ".");
        try {
            return Class.forName(className, false, getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private String name(Path view) {
        return resources.relativize(view).toString();
    }

    private void check(Path view, ViewRole role, Set<Path> reached) throws IOException {
        reached.add(view);
        if (!visited.add(view + " as " + role.name())) {
            return;
        }
        String name = name(view);
        report.checkedFile(name);
        String text = Files.readString(view, StandardCharsets.UTF_8);
        if (!text.lines().findFirst().orElse("").stripTrailing().equals(ESCAPE)) {
            report.problem(name, 1, "the first line must be " + ESCAPE + " (else ${...} output is not escaped)");
        }
        ViewElement root;
        try {
            root = ViewParser.parse(text);
        } catch (SAXParseException e) {
            report.problem(name, e.getLineNumber(), "not well-formed XML: " + e.getMessage());
            return;
        } catch (SAXException e) {
            report.problem(name, 1, "not well-formed XML: " + e.getMessage());
            return;
        }
        walk(root, new ViewContext(view, name, role, messages(view), reached), role.variables().child());
    }

    /** Per-view state of a walk. */
    private record ViewContext(Path file, String name, ViewRole role, Properties messages, Set<Path> reached) {
    }

    private void walk(ViewElement element, ViewContext context, ViewScope scope) throws IOException {
        checkTag(element, context);
        for (Map.Entry<String, String> attribute : element.attributes.entrySet()) {
            typesIn(attribute.getValue(), element.line, context, scope);
        }
        ViewScope bodyScope = scope;
        if (element.is(CORE, "forEach")) {
            bodyScope = scope.child();
            defineLoopVariables(element, context, scope, bodyScope);
        } else if (element.is(CORE, "set") && element.attribute("var") != null) {
            String value = element.attribute("value");
            scope.define(element.attribute("var"), value == null ? new ViewType.Reflected(String.class)
                    : singleType(value, element.line, context, scope));
        } else if (element.attribute("var") != null && (CORE.equals(element.namespace)
                || STAPLER.equals(element.namespace))) {
            scope.define(element.attribute("var"), new ViewType.Unknown("set by <" + element.qualifiedName + ">"));
        }
        if (element.is(STAPLER, "include")) {
            include(element, context, scope);
        }
        for (Object child : element.children) {
            if (child instanceof ViewElement nested) {
                walk(nested, context, bodyScope);
            } else {
                ViewElement.Text text = (ViewElement.Text) child;
                typesIn(text.text(), text.line(), context, bodyScope);
            }
        }
    }

    private void checkTag(ViewElement element, ViewContext context) {
        if (element.namespace == null || element.namespace.isEmpty()) {
            return; // literal HTML, written out as it is
        }
        report.checkedTag(context.name(), element.line, element.qualifiedName);
        if (!taglibs.hasLibrary(element.namespace)) {
            report.problem(context.name(), element.line, "<" + element.qualifiedName + ">: namespace '"
                    + element.namespace + "' is no tag library of jelly-taglibs-2.516.txt");
            return;
        }
        TagLibraryReference.Tag tag = taglibs.tag(element.namespace, element.localName);
        if (tag == null) {
            report.problem(context.name(), element.line, "<" + element.qualifiedName + ">: Jenkins 2.516 has no tag '"
                    + element.localName + "' in " + element.namespace);
            return;
        }
        if (!tag.any()) {
            for (String attribute : element.attributes.keySet()) {
                if (!tag.attributes().contains(attribute)) {
                    report.problem(context.name(), element.line, "<" + element.qualifiedName + ">: attribute '"
                            + attribute + "' is not one of " + tag.attributes());
                }
            }
        }
    }

    private void defineLoopVariables(ViewElement loop, ViewContext context, ViewScope scope, ViewScope body) {
        String items = loop.attribute("items");
        ViewType element = items == null ? new ViewType.Reflected(Integer.class) // begin/end: a counter
                : types.elementType(singleType(items, loop.line, context, scope));
        if (loop.attribute("var") != null) {
            body.define(loop.attribute("var"), element);
        }
        if (loop.attribute("varStatus") != null) {
            body.define(loop.attribute("varStatus"), new ViewType.Unknown("Jelly's LoopStatus is not modelled"));
        }
        if (loop.attribute("indexVar") != null) {
            body.define(loop.attribute("indexVar"), new ViewType.Reflected(Integer.class));
        }
    }

    /** {@code <st:include page=".." it|class|from="..">}: the page must exist where Stapler looks, and is checked. */
    private void include(ViewElement include, ViewContext context, ViewScope scope) throws IOException {
        String page = include.attribute("page");
        boolean optional = "true".equals(include.attribute("optional"));
        String classAttribute = include.attribute("class") != null ? include.attribute("class")
                : include.attribute("clazz");
        String shown = "<st:include page=\"" + page + "\">";
        if (page == null || page.contains("${")) {
            report.unverifiable(context.name(), include.line, shown, "the page is computed");
            return;
        }
        if (include.attribute("it") != null || include.attribute("from") != null) {
            String attribute = include.attribute("it") != null ? "it" : "from";
            ViewType target = singleType(include.attribute(attribute), include.line, context, scope);
            shown = "<st:include page=\"" + page + "\" " + attribute + "=\"" + include.attribute(attribute) + "\">";
            includeOn(target, page, optional, shown, include.line, context,
                    target instanceof ViewType.Unknown ? null : actionRole(target, target.describe()));
        } else if (classAttribute != null) {
            if (!classAttribute.equals(DESCRIBED_CLASS) || context.role().described() == null) {
                report.unverifiable(context.name(), include.line, shown, "class=\"" + classAttribute
                        + "\" names no class known here (only " + DESCRIBED_CLASS + " in a config view)");
                return;
            }
            includeOn(types.of(context.role().described()), page, optional, shown, include.line, context,
                    context.role());
        } else {
            ViewType it = scope.lookup("it");
            if (it == null) {
                report.unverifiable(context.name(), include.line, shown, "no 'it' here to look the page up on");
                return;
            }
            includeOn(it, page, optional, shown, include.line, context, context.role());
        }
    }

    private void includeOn(ViewType target, String page, boolean optional, String shown, int line,
            ViewContext context, ViewRole role) throws IOException {
        if (target instanceof ViewType.Jenkins jenkins) {
            includeJenkinsPage(jenkins.name(), page, optional, shown, line, context);
            return;
        }
        if (!(target instanceof ViewType.Reflected reflected)) {
            return; // already reported as unverifiable where its type was lost
        }
        for (Class<?> c = GenericTypes.raw(reflected.type()); c != null && c != Object.class; c = c.getSuperclass()) {
            Path candidate = resources.resolve(c.getName().replace('.', '/')).resolve(page);
            if (Files.isRegularFile(candidate)) {
                check(candidate, role, context.reached());
                return;
            }
            if (types.of(c) instanceof ViewType.Jenkins jenkins) {
                includeJenkinsPage(jenkins.name(), page, optional, shown, line, context);
                return;
            }
        }
        if (!optional) {
            report.problem(context.name(), line, shown + ": neither " + target.describe()
                    + " nor a superclass has " + page);
        }
    }

    /** A page of a Jenkins class: recorded in jelly-taglibs-2.516.txt for the class or a Jenkins superclass. */
    private void includeJenkinsPage(String className, String page, boolean optional, String shown, int line,
            ViewContext context) {
        for (String c = className; c != null; c = superclassOf(c)) {
            if (taglibs.hasView(c, page)) {
                return;
            }
        }
        List<String> subclasses = taglibs.subclassesWithView(className, page);
        if (!subclasses.isEmpty()) {
            report.unverifiable(context.name(), line, shown, className + " has no " + page + "; of its subclasses "
                    + subclasses + " have one, so it depends on the class at run time");
        } else if (!optional) {
            report.problem(context.name(), line, shown + ": " + className + " and its superclasses have no " + page
                    + " in Jenkins 2.516 (see the view lines of jelly-taglibs-2.516.txt)");
        }
    }

    private String superclassOf(String jenkinsClass) {
        return types.superclassOf(jenkinsClass);
    }

    /** The type of an attribute that is one expression ({@code items="${x}"}); text around it makes a String. */
    private ViewType singleType(String value, int line, ViewContext context, ViewScope scope) {
        List<EmbeddedExpression> found = EmbeddedExpression.scan(value, line);
        if (found.size() == 1 && value.strip().equals("${" + found.get(0).source() + "}")) {
            return typeOf(found.get(0), context, scope);
        }
        typesIn(value, line, context, scope);
        return new ViewType.Reflected(String.class);
    }

    private void typesIn(String text, int line, ViewContext context, ViewScope scope) {
        for (EmbeddedExpression expression : EmbeddedExpression.scan(text, line)) {
            typeOf(expression, context, scope);
        }
    }

    private ViewType typeOf(EmbeddedExpression expression, ViewContext context, ViewScope scope) {
        report.checkedExpression(context.name(), expression.line(), expression.source());
        try {
            return new ExpressionTypes(types, report, context.name(), expression.line(), context.messages())
                    .typeOf(JexlParser.parse(expression.source()), scope);
        } catch (JexlParser.SyntaxError e) {
            report.problem(context.name(), expression.line(), "${" + expression.source() + "}: " + e.getMessage());
            return new ViewType.Unknown(ExpressionTypes.REPORTED + "unparsable");
        }
    }

    /** {@code <view>.properties} beside the view: the only bundle Stapler reads for {@code ${%key}}. */
    private static Properties messages(Path view) throws IOException {
        Properties properties = new Properties();
        Path file = view.resolveSibling(view.getFileName().toString().replaceFirst("\\.jelly$", ".properties"));
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
