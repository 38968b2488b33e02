package io.jenkins.plugins.azuremigration.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one signature list (javap output in {@code ==== name  [tag]} sections, see jenkins-api-signatures-extra.txt
 * for the format) into {@link ReferenceType}s, merging sections of the same type. Every line must be a comment, a
 * blank line, or fit the section grammar; anything else throws, so a line can never be silently ignored.
 */
final class SignatureFileParser {
    private static final Pattern HEADER = Pattern.compile("==== (\\S+)(?:  \\[([^\\]]+)\\])?");
    private static final Pattern EDITOR_NOTE = Pattern.compile("  \\((only selected [^()]*)\\)");
    private static final Pattern COMPILED_FROM = Pattern.compile("Compiled from \"[A-Za-z0-9_$]+\\.java\"");
    private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static", "final", "abstract",
            "synchronized", "native", "transient", "volatile", "default", "strictfp");
    /** The first part of a header's bracketed tag; what follows a ';' is a free-form caveat. */
    private static final Set<String> KNOWN_TAGS = Set.of("class", "final class", "abstract class", "interface", "enum",
            "annotation interface (@interface)", "protected members", "annotation metadata");
    /** Meta-annotations whose arguments the model keeps; others (stapler's own) are recorded by name only. */
    private static final String RETENTION = "java.lang.annotation.Retention";
    private static final String TARGET = "java.lang.annotation.Target";

    private enum Expecting { SECTION, COMPILED_FROM, CLASS_LINE, MEMBER }

    private final String fileName;
    private final Map<String, ReferenceType> types;
    private Expecting expecting = Expecting.SECTION;
    private String sectionName;
    private String sectionTag;
    private List<String> annotationLines;
    private ReferenceType current;
    private TypeScope classScope;
    private boolean noteEndsSection;

    private SignatureFileParser(String fileName, Map<String, ReferenceType> types) {
        this.fileName = fileName;
        this.types = types;
    }

    /** Parses {@code lines} of the file called {@code fileName} into {@code types} (shared across files). */
    static void parseInto(String fileName, List<String> lines, Map<String, ReferenceType> types) {
        SignatureFileParser parser = new SignatureFileParser(fileName, types);
        for (int i = 0; i < lines.size(); i++) {
            parser.line(lines.get(i), fileName + ":" + (i + 1));
        }
        if (parser.expecting != Expecting.SECTION) {
            throw new SignatureParseException(fileName, "ends inside section " + parser.sectionName);
        }
    }

    private void line(String line, String origin) {
        switch (expecting) {
            case SECTION -> sectionStart(line, origin);
            case COMPILED_FROM -> {
                if (!COMPILED_FROM.matcher(line).matches()) {
                    throw new SignatureParseException(origin, "expected 'Compiled from \"X.java\"', got: " + line);
                }
                expecting = Expecting.CLASS_LINE;
            }
            case CLASS_LINE -> {
                if (line.startsWith("@")) {
                    if (!"annotation metadata".equals(sectionTag)) {
                        throw new SignatureParseException(origin,
                                "annotation line outside an [annotation metadata] section");
                    }
                    annotationLines.add(line);
                } else {
                    classLine(line, origin);
                    expecting = Expecting.MEMBER;
                }
            }
            case MEMBER -> {
                if (line.equals("}") || (line.isEmpty() && noteEndsSection)) {
                    expecting = Expecting.SECTION;
                } else if (EDITOR_NOTE.matcher(line).matches()) {
                    // the main list cuts one long section short with a parenthesised note and no closing brace
                    noteEndsSection = true;
                } else if (line.startsWith("  ") && !line.startsWith("   ") && !noteEndsSection) {
                    current.addMember(member(line.substring(2), origin));
                } else {
                    throw new SignatureParseException(origin,
                            "expected a member indented by two spaces or '}', got: " + line);
                }
            }
        }
    }

    private void sectionStart(String line, String origin) {
        if (line.isBlank() || line.startsWith("#")) {
            return;
        }
        Matcher header = HEADER.matcher(line);
        if (!header.matches()) {
            throw new SignatureParseException(origin,
                    "expected a comment, a blank line or '==== <type>  [<tag>]', got: " + line);
        }
        sectionName = header.group(1);
        sectionTag = header.group(2) == null ? null : header.group(2).split(";", 2)[0].trim();
        if (sectionTag != null && !KNOWN_TAGS.contains(sectionTag)) {
            throw new SignatureParseException(origin, "unknown section tag [" + sectionTag + "]");
        }
        annotationLines = new ArrayList<>();
        noteEndsSection = false;
        expecting = Expecting.COMPILED_FROM;
    }

    private void classLine(String line, String origin) {
        JavapCursor cursor = new JavapCursor(line, origin);
        Set<String> modifiers = new HashSet<>();
        while (cursor.lookingAt("public") || cursor.lookingAt("abstract") || cursor.lookingAt("final")) {
            String modifier = cursor.identifier();
            if (!modifiers.add(modifier)) {
                throw cursor.error("repeated modifier " + modifier);
            }
        }
        boolean isInterface = cursor.accept("interface");
        if (!isInterface) {
            cursor.expect("class");
        }
        String name = cursor.qualifiedName(false);
        if (!name.equals(sectionName)) {
            throw cursor.error("class line names " + name + " in section " + sectionName);
        }
        classScope = cursor.lookingAt("<") ? cursor.typeParameters(TypeScope.NONE) : TypeScope.NONE;
        List<String> extended = cursor.accept("extends") ? cursor.typeList(classScope) : List.of();
        List<String> implemented = cursor.accept("implements") ? cursor.typeList(classScope) : List.of();
        cursor.expect("{");
        cursor.expectEnd();

        TypeKind kind;
        String superclass;
        List<String> interfaces;
        if (isInterface) {
            if (!implemented.isEmpty()) {
                throw cursor.error("an interface cannot implement");
            }
            kind = extended.equals(List.of("java.lang.annotation.Annotation")) ? TypeKind.ANNOTATION : TypeKind.INTERFACE;
            superclass = "java.lang.Object";
            interfaces = extended;
        } else {
            if (extended.size() > 1) {
                throw cursor.error("a class extends one class");
            }
            superclass = extended.isEmpty() ? "java.lang.Object" : extended.get(0);
            kind = superclass.equals("java.lang.Enum") ? TypeKind.ENUM
                    : modifiers.contains("abstract") ? TypeKind.ABSTRACT_CLASS : TypeKind.CLASS;
            interfaces = implemented;
        }
        boolean isFinal = modifiers.contains("final");
        checkTag(kind, isFinal, origin);
        ReferenceType declared = new ReferenceType(name, kind, isFinal, modifiers.contains("public"), superclass, interfaces,
                classScope.declaredWithErasures(), origin);
        ReferenceType existing = types.putIfAbsent(name, declared);
        if (existing != null && !existing.sameDeclarationAs(declared)) {
            throw new SignatureParseException(origin, "class line differs from " + existing.origin() + ": "
                    + declared.describeDeclaration() + " vs " + existing.describeDeclaration());
        }
        current = existing != null ? existing : declared;
        if ("annotation metadata".equals(sectionTag)) {
            if (kind != TypeKind.ANNOTATION) {
                throw new SignatureParseException(origin, "[annotation metadata] for a " + kind);
            }
            current.setAnnotationMetadata(annotationMetadata(origin));
        }
    }

    /** The header's bracketed kind, when it states one, must agree with the class line. */
    private void checkTag(TypeKind kind, boolean isFinal, String origin) {
        if (sectionTag == null || sectionTag.equals("protected members") || sectionTag.equals("annotation metadata")) {
            return;
        }
        boolean agrees = switch (sectionTag) {
            case "class" -> kind == TypeKind.CLASS;
            case "final class" -> kind == TypeKind.CLASS && isFinal;
            case "abstract class" -> kind == TypeKind.ABSTRACT_CLASS;
            case "interface" -> kind == TypeKind.INTERFACE;
            case "enum" -> kind == TypeKind.ENUM;
            case "annotation interface (@interface)" -> kind == TypeKind.ANNOTATION;
            default -> throw new IllegalStateException("tag checked at the header: " + sectionTag);
        };
        if (!agrees) {
            throw new SignatureParseException(origin, "tag [" + sectionTag + "] but the class line declares a "
                    + (isFinal ? "final " : "") + kind);
        }
    }

    private ReferenceType.AnnotationMetadata annotationMetadata(String origin) {
        String retention = "CLASS"; // the JLS default when @Retention is absent
        Set<String> targets = null; // null: no @Target, so every declaration context
        Set<String> metaAnnotations = new LinkedHashSet<>();
        for (String line : annotationLines) {
            JavapCursor cursor = new JavapCursor(line, origin);
            cursor.expect("@");
            String name = cursor.qualifiedName(false);
            String arguments = cursor.accept("(") ? cursor.rest() : null;
            if (arguments != null && !arguments.endsWith(")")) {
                throw cursor.error("unclosed annotation arguments");
            }
            if (!metaAnnotations.add(name)) {
                throw cursor.error("repeated meta-annotation " + name);
            }
            String value = arguments == null ? null : arguments.substring(0, arguments.length() - 1).trim();
            if (name.equals(RETENTION)) {
                retention = enumConstant(value, "java.lang.annotation.RetentionPolicy.", cursor);
            } else if (name.equals(TARGET)) {
                targets = new LinkedHashSet<>();
                String list = value != null && value.startsWith("{") && value.endsWith("}")
                        ? value.substring(1, value.length() - 1) : value;
                for (String target : list == null ? new String[] {null} : list.split(",")) {
                    targets.add(enumConstant(target == null ? null : target.trim(),
                            "java.lang.annotation.ElementType.", cursor));
                }
            }
        }
        return new ReferenceType.AnnotationMetadata(retention, targets, metaAnnotations, origin);
    }

    private static String enumConstant(String value, String prefix, JavapCursor cursor) {
        if (value == null || !value.startsWith(prefix) || !value.substring(prefix.length()).matches("[A-Z_]+")) {
            throw cursor.error("expected " + prefix + "<CONSTANT>, got " + value);
        }
        return value.substring(prefix.length());
    }

    private ReferenceMember member(String line, String origin) {
        JavapCursor cursor = new JavapCursor(line, origin);
        Set<String> modifiers = new HashSet<>();
        while (MODIFIERS.stream().anyMatch(cursor::lookingAt)) {
            String modifier = cursor.identifier();
            if (!modifiers.add(modifier)) {
                throw cursor.error("repeated modifier " + modifier);
            }
        }
        ReferenceMember.Access access = modifiers.contains("public") ? ReferenceMember.Access.PUBLIC
                : modifiers.contains("protected") ? ReferenceMember.Access.PROTECTED : null;
        if (access == null) {
            throw cursor.error("javap -public/-protected prints only public or protected members");
        }
        TypeScope scope = cursor.lookingAt("<") ? cursor.typeParameters(classScope) : classScope;
        String typeOrConstructor = cursor.type(scope, true);
        ReferenceMember.Kind kind;
        String name;
        if (cursor.lookingAt("(")) {
            if (!typeOrConstructor.equals(current.name())) {
                throw cursor.error("a method needs a name; a constructor must be named " + current.name());
            }
            kind = ReferenceMember.Kind.CONSTRUCTOR;
            name = current.name();
            typeOrConstructor = "void";
        } else {
            name = cursor.identifier();
            kind = cursor.lookingAt("(") ? ReferenceMember.Kind.METHOD : ReferenceMember.Kind.FIELD;
        }
        List<String> parameters = new ArrayList<>();
        Set<String> exceptions = new LinkedHashSet<>();
        if (kind != ReferenceMember.Kind.FIELD) {
            cursor.expect("(");
            if (!cursor.accept(")")) {
                parameters.addAll(cursor.typeList(scope));
                cursor.expect(")");
            }
            if (cursor.accept("throws")) {
                do {
                    exceptions.add(cursor.thrownType(scope));
                } while (cursor.accept(","));
            }
            if (cursor.accept("default")) {
                String value = cursor.rest();
                if (value.length() < 2 || !value.endsWith(";")) { // a value, then the ';'
                    throw cursor.error("expected 'default <value>;'");
                }
                return build(kind, name, access, modifiers, parameters, typeOrConstructor, exceptions, true, origin);
            }
        }
        cursor.expect(";");
        cursor.expectEnd();
        return build(kind, name, access, modifiers, parameters, typeOrConstructor, exceptions, false, origin);
    }

    private static ReferenceMember build(ReferenceMember.Kind kind, String name, ReferenceMember.Access access,
            Set<String> modifiers, List<String> parameters, String type, Set<String> exceptions, boolean hasDefault,
            String origin) {
        return new ReferenceMember(kind, name, access, modifiers.contains("static"), modifiers.contains("abstract"),
                modifiers.contains("final"), parameters, type, exceptions, hasDefault, origin);
    }
}
