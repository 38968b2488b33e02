package io.jenkins.plugins.azuremigration.jenkins.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tag libraries of Jenkins 2.516 as {@code src/test/resources/jenkins-reference/jelly-taglibs-2.516.txt} records
 * them (read from the tagged sources; the file's header says how): tags and their attributes per namespace, pages of
 * Jenkins classes, and the hudson.Functions members views may call.
 */
final class TagLibraryReference {
    static final Path FILE = Path.of("src", "test", "resources", "jenkins-reference", "jelly-taglibs-2.516.txt");

    /** The attributes of a tag; {@code any} when every attribute is meaningful to it. */
    record Tag(String name, boolean any, Set<String> attributes) {
    }

    /** {@code functions public static RET NAME(PARAMS)} lines. */
    record FunctionsMember(String name, int parameterCount, String returnType) {
    }

    private static final Pattern FUNCTIONS = Pattern.compile("public static ([\\w.$\\[\\]]+) (\\w+)\\(([^)]*)\\)");

    private final Map<String, Map<String, Tag>> libraries = new LinkedHashMap<>();
    private final Map<String, Set<String>> views = new LinkedHashMap<>();
    private final Map<String, List<String>> subclassViews = new LinkedHashMap<>();
    private final List<FunctionsMember> functions = new ArrayList<>();

    static TagLibraryReference load() throws IOException {
        return parse(Files.readAllLines(FILE, StandardCharsets.UTF_8));
    }

    static TagLibraryReference parse(List<String> lines) {
        TagLibraryReference reference = new TagLibraryReference();
        Map<String, Tag> library = null;
        for (String raw : lines) {
            String line = raw.replaceFirst("\\s+#.*$", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            switch (words[0]) {
                case "library" -> library = reference.libraries.computeIfAbsent(words[1], k -> new LinkedHashMap<>());
                case "source" -> {
                }
                case "tag" -> {
                    String attributes = words[2];
                    library.put(words[1], new Tag(words[1], attributes.equals("*"), attributes.equals("-")
                            || attributes.equals("*") ? Set.of() : new TreeSet<>(List.of(attributes.split(",")))));
                }
                case "view" -> reference.views.put(words[1], new TreeSet<>(List.of(words[2].split(","))));
                case "subclass-view" -> reference.subclassViews.computeIfAbsent(words[1] + " " + words[2],
                        k -> new ArrayList<>()).add(words[3]);
                case "functions" -> {
                    Matcher m = FUNCTIONS.matcher(line);
                    if (!m.find()) {
                        throw new IllegalArgumentException("unreadable functions line: " + raw);
                    }
                    reference.functions.add(new FunctionsMember(m.group(2),
                            m.group(3).isBlank() ? 0 : m.group(3).split(",").length, m.group(1)));
                }
                default -> throw new IllegalArgumentException(FILE + ": unreadable line: " + raw);
            }
        }
        return reference;
    }

    boolean hasLibrary(String namespace) {
        return libraries.containsKey(namespace);
    }

    /** The tag, or null when the library has no such tag. */
    Tag tag(String namespace, String name) {
        return libraries.get(namespace).get(name);
    }

    int tagCount() {
        return libraries.values().stream().mapToInt(Map::size).sum();
    }

    /** Whether the Jenkins class itself has that page (superclasses are the caller's to walk). */
    boolean hasView(String className, String page) {
        return views.getOrDefault(className, Set.of()).contains(page);
    }

    /** Subclasses that have a page the class lacks (the page then depends on the run-time class). */
    List<String> subclassesWithView(String className, String page) {
        return subclassViews.getOrDefault(className + " " + page, List.of());
    }

    List<FunctionsMember> functions() {
        return functions;
    }
}
