package io.jenkins.plugins.azuremigration.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.objectweb.asm.Opcodes;

/**
 * Compares compiled stand-in classes with the Jenkins API reference and collects every difference that would make
 * our plugin compile here but fail to link (or behave differently) in a real Jenkins.
 */
final class StandInComparison {
    private static final String RETENTION = "java.lang.annotation.Retention";
    private static final String TARGET = "java.lang.annotation.Target";
    /** Meta-annotations that change what javac or an annotation processor does with our code, so a stand-in needs them. */
    private static final Set<String> COMPILE_TIME_META_ANNOTATIONS = Set.of(RETENTION, TARGET,
            "java.lang.annotation.Documented", "java.lang.annotation.Inherited", "java.lang.annotation.Repeatable",
            "net.java.sezpoz.Indexable", "org.jvnet.hudson.annotation_indexer.Indexed");

    /**
     * Type parameters whose bound a stand-in leaves out on purpose (docs/jenkins-api.md): {@code Run}'s {@code JobT} is
     * really bounded by {@code hudson.model.Job}, which would drag in Job and AbstractItem. No stand-in member mentions
     * it, so no erased signature changes; the stand-in must declare it unbounded, and nothing else may differ.
     */
    private static final Map<String, Set<String>> BOUNDS_LEFT_OUT = Map.of("hudson.model.Run", Set.of("JobT"));

    private final JenkinsSignatures reference;
    private final Set<String> typeOnly;
    private final Set<String> supertypesLeftOut;
    private final List<String> mismatches = new ArrayList<>();
    private int typesChecked;
    private int membersChecked;

    /**
     * @param typeOnly the "type-only" stand-ins (docs/jenkins-api.md): types the plugin only names (as a type argument
     *     or a bound), never calls, extends, implements or instantiates. They may leave out real supertypes (never add
     *     one), and must declare no member at all (only a private no-argument constructor, which suppresses javac's
     *     implicit public one); kind, finality, access and type parameters are checked as for every stand-in.
     */
    StandInComparison(JenkinsSignatures reference, Set<String> typeOnly) {
        this(reference, typeOnly, Set.of());
    }

    /**
     * @param supertypesLeftOut stand-ins whose members are checked as usual but which may leave out real supertypes
     *     (never add one): types the plugin calls through their own declared members only, whose real hierarchy
     *     would drag in dozens of stand-ins ({@code jenkins.model.Jenkins}); see docs/jenkins-api.md
     */
    StandInComparison(JenkinsSignatures reference, Set<String> typeOnly, Set<String> supertypesLeftOut) {
        this.reference = reference;
        this.typeOnly = Set.copyOf(typeOnly);
        this.supertypesLeftOut = Set.copyOf(supertypesLeftOut);
    }

    List<String> mismatches() {
        return mismatches;
    }

    int typesChecked() {
        return typesChecked;
    }

    int membersChecked() {
        return membersChecked;
    }

    void compare(ClassFileSummary standIn) {
        String name = standIn.name;
        ReferenceType real = reference.type(name);
        if (real == null) {
            mismatches.add(name + ": not in the Jenkins API reference (confirm it in the Jenkins sources and add it to "
                    + JenkinsSignatures.CONFIRMED_FILE + ")");
            return;
        }
        typesChecked++;
        if (standIn.is(Opcodes.ACC_PUBLIC) != real.isPublic()) {
            mismatches.add(name + (real.isPublic() ? ": not public" : ": public, but Jenkins declares it package-private"));
        }
        expect(name + ": kind", real.kind(), standIn.kind());
        if (real.kind() != TypeKind.ENUM) { // an enum's finality follows from its constants, not its declaration
            expect(name + ": final", real.isFinal(), standIn.is(Opcodes.ACC_FINAL));
        }
        expect(name + ": type parameters", typeParametersAsDeclared(real), standIn.typeParameters);
        if (typeOnly.contains(name)) {
            compareTypeOnly(standIn, real);
            return;
        }
        if (supertypesLeftOut.contains(name)) {
            compareOmittedSupertypes(standIn, real, "stand-in with supertypes left out");
        } else {
            expect(name + ": superclass", real.superclass(), standIn.superclass);
            expect(name + ": interfaces", Set.copyOf(real.interfaces()), Set.copyOf(standIn.interfaces));
        }
        // javap -public/-protected cannot show a package-private type's package-private constructors, which only its
        // own package's subclasses call; nothing of ours can reach them
        boolean packagePrivateType = !real.isPublic();
        for (ClassFileSummary.Method method : standIn.methods) {
            if (!method.is(Opcodes.ACC_SYNTHETIC) && !method.is(Opcodes.ACC_PRIVATE) && !method.name().equals("<clinit>")
                    && !(packagePrivateType && !method.is(Opcodes.ACC_PUBLIC) && !method.is(Opcodes.ACC_PROTECTED))) {
                compareMember(real, false, method.name(), method.descriptor(), method.access(), method.exceptions(),
                        method.hasAnnotationDefault());
            }
        }
        for (ClassFileSummary.Field field : standIn.fields) {
            if (!field.is(Opcodes.ACC_SYNTHETIC) && !field.is(Opcodes.ACC_PRIVATE)) {
                compareMember(real, true, field.name(), field.descriptor(), field.access(), Set.of(), false);
            }
        }
        if (real.kind() == TypeKind.ANNOTATION) {
            compareAnnotationMetadata(standIn, real);
        }
    }

    /** Supertypes may be left out (superclass Object, fewer interfaces), never changed or added. */
    private void compareOmittedSupertypes(ClassFileSummary standIn, ReferenceType real, String what) {
        String name = real.name();
        if (!standIn.superclass.equals(real.superclass()) && !standIn.superclass.equals("java.lang.Object")) {
            mismatches.add(name + ": " + what + " extends " + standIn.superclass + ", Jenkins has "
                    + real.superclass() + " (a " + what + " may omit a supertype, never change or add one)");
        }
        for (String implemented : standIn.interfaces) {
            if (!real.interfaces().contains(implemented)) {
                mismatches.add(name + ": " + what + " implements " + implemented + ", which Jenkins' "
                        + real.interfaces() + " do not include");
            }
        }
    }

    /** The real type parameters, with the bounds {@link #BOUNDS_LEFT_OUT} lets the stand-in omit erased to Object. */
    private static List<String> typeParametersAsDeclared(ReferenceType real) {
        Set<String> leftOut = BOUNDS_LEFT_OUT.getOrDefault(real.name(), Set.of());
        return real.typeParameters().stream().map(p -> {
            String variable = p.substring(0, p.indexOf(' '));
            return leftOut.contains(variable) ? variable + " extends java.lang.Object" : p;
        }).toList();
    }

    /** Supertypes: a subset of the real ones (an omitted superclass is java.lang.Object). Members: none. */
    private void compareTypeOnly(ClassFileSummary standIn, ReferenceType real) {
        String name = real.name();
        compareOmittedSupertypes(standIn, real, "type-only stand-in");
        for (ClassFileSummary.Method method : standIn.methods) {
            boolean suppressingConstructor = method.name().equals("<init>") && method.descriptor().equals("()V")
                    && method.is(Opcodes.ACC_PRIVATE);
            if (!suppressingConstructor && !method.is(Opcodes.ACC_SYNTHETIC)) {
                mismatches.add(name + "." + method.name() + method.descriptor()
                        + ": a type-only stand-in declares no member (only a private no-argument constructor)");
            }
        }
        for (ClassFileSummary.Field field : standIn.fields) {
            if (!field.is(Opcodes.ACC_SYNTHETIC)) {
                mismatches.add(name + "." + field.name() + " " + field.descriptor()
                        + ": a type-only stand-in declares no member");
            }
        }
    }

    private void compareMember(ReferenceType real, boolean field, String jvmName, String descriptor, int access,
            Set<String> exceptions, boolean hasDefault) {
        String where = real.name() + "." + jvmName + (field ? " " : "") + descriptor;
        ReferenceMember member = real.member(field, jvmName, descriptor);
        if (member == null) {
            List<String> sameName = real.membersNamed(jvmName).stream()
                    .map(m -> m.describe() + " " + m.descriptor()).toList();
            mismatches.add(where + ": no such " + (field ? "field" : "constructor or method") + " in the reference"
                    + (sameName.isEmpty() ? "" : "; it has " + sameName));
            return;
        }
        membersChecked++;
        expect(where + ": static", member.isStatic(), (access & Opcodes.ACC_STATIC) != 0);
        expect(where + ": access", member.access(), ReferenceMember.Access.of(access));
        expect(where + ": final", member.isFinal(), (access & Opcodes.ACC_FINAL) != 0);
        if (!field) {
            expect(where + ": abstract", member.isAbstract(), (access & Opcodes.ACC_ABSTRACT) != 0);
            expect(where + ": throws", member.exceptions(), exceptions);
            if (real.kind() == TypeKind.ANNOTATION) {
                expect(where + ": has a default value", member.hasDefaultValue(), hasDefault);
            }
        }
    }

    private void compareAnnotationMetadata(ClassFileSummary standIn, ReferenceType real) {
        ReferenceType.AnnotationMetadata metadata = real.annotationMetadata();
        if (metadata == null) {
            mismatches.add(real.name()
                    + ": the reference has no [annotation metadata] to check retention and targets against");
            return;
        }
        Map<String, List<String>> retention = classAnnotation(standIn, RETENTION);
        Map<String, List<String>> target = classAnnotation(standIn, TARGET);
        expect(real.name() + ": retention", metadata.retention(),
                retention == null ? "CLASS" : String.join(",", retention.get("value")));
        expect(real.name() + ": targets", metadata.targets(), target == null ? null : Set.copyOf(target.get("value")));
        Set<String> present = standIn.annotations.stream().filter(a -> a.where().equals(standIn.name))
                .map(ClassFileSummary.AnnotationUse::type).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String meta : present) {
            if (!metadata.metaAnnotations().contains(meta)) {
                mismatches.add(real.name() + ": meta-annotation @" + meta + " is not on the real type");
            }
        }
        for (String meta : metadata.metaAnnotations()) {
            if (COMPILE_TIME_META_ANNOTATIONS.contains(meta) && !present.contains(meta)) {
                mismatches.add(real.name() + ": lacks meta-annotation @" + meta + " of the real type");
            }
        }
    }

    private static Map<String, List<String>> classAnnotation(ClassFileSummary summary, String type) {
        return summary.annotations.stream().filter(a -> a.where().equals(summary.name) && a.type().equals(type))
                .map(ClassFileSummary.AnnotationUse::values).findFirst().orElse(null);
    }

    private void expect(String what, Object real, Object standIn) {
        if (real == null ? standIn != null : !real.equals(standIn)) {
            mismatches.add(what + ": Jenkins has " + real + ", the stand-in has " + standIn);
        }
    }
}
