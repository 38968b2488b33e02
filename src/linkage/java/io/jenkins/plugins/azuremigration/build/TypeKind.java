package io.jenkins.plugins.azuremigration.build;

/** The kinds javap distinguishes; a stand-in of the wrong kind compiles but fails to link in Jenkins. */
enum TypeKind {
    CLASS("class"),
    ABSTRACT_CLASS("abstract class"),
    INTERFACE("interface"),
    ENUM("enum"),
    ANNOTATION("@interface");

    private final String label;

    TypeKind(String label) {
        this.label = label;
    }

    /** Interfaces and annotation types are called with invokeinterface and cannot be extended by a class. */
    boolean isInterface() {
        return this == INTERFACE || this == ANNOTATION;
    }

    /** Whether {@code new} of this type links (abstract classes, interfaces, enums: InstantiationError). */
    boolean isInstantiable() {
        return this == CLASS;
    }

    /** "a class", "an interface", for messages. */
    String withArticle() {
        return ("aeiou@".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    @Override
    public String toString() {
        return label;
    }
}
