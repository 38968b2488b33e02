package io.jenkins.plugins.azuremigration.jenkins.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of a Jelly view, namespace-resolved, with the line it starts on (the DOM keeps no line numbers, and a
 * failure must name the line). Children are elements and text runs in document order.
 */
final class ViewElement {
    /** A text run between elements, with the line it starts on. */
    record Text(String text, int line) {
    }

    final String namespace;
    final String localName;
    final String qualifiedName;
    final int line;
    /** Attributes other than namespace declarations, by local name (Jelly tags take unqualified attributes). */
    final Map<String, String> attributes = new LinkedHashMap<>();
    /** {@link ViewElement} or {@link Text}, in order. */
    final List<Object> children = new ArrayList<>();

    ViewElement(String namespace, String localName, String qualifiedName, int line) {
        this.namespace = namespace;
        this.localName = localName;
        this.qualifiedName = qualifiedName;
        this.line = line;
    }

    boolean is(String namespaceUri, String name) {
        return namespaceUri.equals(namespace) && name.equals(localName);
    }

    String attribute(String name) {
        return attributes.get(name);
    }
}
