package io.jenkins.plugins.azuremigration.engine.wave;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping of a wave file, read with the position of every key and value so that each problem can name
 * its line and column. Wrong shapes are reported to {@link Problems} and read as absent, so that validation goes
 * on and finds every other problem too.
 */
final class YamlMapping {
    private final String file;
    private final String path;
    private final Problems problems;
    private final SourcePosition position;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMapping(MappingNode node, String file, String path, Problems problems) {
        this.file = file;
        this.path = path;
        this.problems = problems;
        this.position = position(file, node);
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                problems.add(position(file, key), path, "keys must be plain names");
                continue;
            }
            if (entries.putIfAbsent(scalar.getValue(), tuple) != null) {
                SourcePosition first = position(file, entries.get(scalar.getValue()).getKeyNode());
                problems.add(position(file, key), field(scalar.getValue()),
                        "duplicate key (first at line " + first.line() + ")");
            }
        }
    }

    /** The mapping at {@code node}, or null (with a problem) when the node is something else. */
    static YamlMapping of(Node node, String file, String path, Problems problems) {
        if (node instanceof MappingNode mapping) {
            return new YamlMapping(mapping, file, path, problems);
        }
        problems.add(position(file, node), path, "must be a mapping of keys to values");
        return null;
    }

    static SourcePosition position(String file, Node node) {
        Mark mark = node.getStartMark();
        return mark == null ? new SourcePosition(file, 1, 1) : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Reports every key not in {@code allowed}, suggesting the closest allowed one. */
    void allowOnly(String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!known.contains(entry.getKey())) {
                problems.add(position(file, entry.getValue().getKeyNode()), field(entry.getKey()),
                        "unknown key" + suggestion(entry.getKey(), allowed) + "; allowed here: "
                                + String.join(", ", allowed));
            }
        }
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String file() {
        return file;
    }

    SourcePosition position() {
        return position;
    }

    boolean has(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && !isNull(tuple.getValueNode());
    }

    /** Where the value of {@code key} stands; the mapping's own position when the key is absent. */
    SourcePosition positionOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? position : position(file, tuple.getValueNode());
    }

    /** The scalar text of {@code key}, or null when absent, null-valued or (reported) not a scalar. */
    String string(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return null;
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problems.add(position(file, tuple.getValueNode()), field(key), "must be a single value, not a list or mapping");
        return null;
    }

    String requiredString(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            problems.add(position, field(key), "is required");
            return null;
        }
        String value = string(key);
        if (value == null && isNull(tuple.getValueNode()) || value != null && value.isBlank()) {
            problems.add(positionOf(key), field(key), "is required and must not be empty");
            return null;
        }
        return value;
    }

    /** An integer within [min, max], or {@code fallback} when absent; out of range or not a number is reported. */
    int integer(String key, int min, int max, int fallback) {
        String text = string(key);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                problems.add(positionOf(key), field(key), "must be between " + min + " and " + max + ", was " + value);
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(positionOf(key), field(key), "must be a whole number, was '" + text + "'");
            return fallback;
        }
    }

    YamlMapping mapping(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null || isNull(tuple.getValueNode()) ? null
                : of(tuple.getValueNode(), file, field(key), problems);
    }

    /** The items of a list, or an empty list when absent or (reported) not a list. */
    List<Node> sequence(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return List.of();
        }
        if (tuple.getValueNode() instanceof SequenceNode sequence) {
            return new ArrayList<>(sequence.getValue());
        }
        problems.add(position(file, tuple.getValueNode()), field(key), "must be a list (items start with '- ')");
        return List.of();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static String suggestion(String key, String[] allowed) {
        return Arrays.stream(allowed)
                .filter(candidate -> candidate.equalsIgnoreCase(key) || editDistance(candidate.toLowerCase(Locale.ROOT),
                        key.toLowerCase(Locale.ROOT)) <= 2)
                .findFirst().map(candidate -> " (did you mean '" + candidate + "'?)").orElse("");
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
