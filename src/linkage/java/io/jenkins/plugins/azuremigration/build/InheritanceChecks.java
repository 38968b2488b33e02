package io.jenkins.plugins.azuremigration.build;

import java.util.function.BiConsumer;
import org.objectweb.asm.Opcodes;

/**
 * The checks of one plugin class against its Jenkins supertypes that javac cannot make against stand-ins that may be
 * incomplete: its overrides must really override (not final, not weaker, with bridges for covariant returns), and a
 * concrete class must implement every abstract Jenkins method (else AbstractMethodError when Jenkins calls it).
 */
final class InheritanceChecks {
    private final LinkUniverse universe;
    private final ClassFileSummary type;
    private final BiConsumer<String, String> problems;
    private final BiConsumer<String, String> uses;

    /**
     * @param problems receives (where, what) for each problem
     * @param uses receives (Jenkins type, reference) for each verified use of a Jenkins type
     */
    InheritanceChecks(LinkUniverse universe, ClassFileSummary type, BiConsumer<String, String> problems,
            BiConsumer<String, String> uses) {
        this.universe = universe;
        this.type = type;
        this.problems = problems;
        this.uses = uses;
    }

    /** Our methods with a Jenkins supertype's name and parameters must really override it, and may do so. */
    void checkOverrides() {
        for (ClassFileSummary.Method method : type.methods) {
            if (method.is(Opcodes.ACC_STATIC) || method.is(Opcodes.ACC_PRIVATE) || method.is(Opcodes.ACC_SYNTHETIC)
                    || method.name().startsWith("<")) {
                continue;
            }
            String parameters = method.descriptor().substring(0, method.descriptor().indexOf(')') + 1);
            for (String supertype : universe.allSupertypes(type.name)) {
                if (universe.origin(supertype) != LinkUniverse.Origin.JENKINS) {
                    continue;
                }
                for (ReferenceMember overridden : universe.reference(supertype).membersNamed(method.name())) {
                    if (overridden.isStatic() || !overridden.descriptor().startsWith(parameters)) {
                        continue;
                    }
                    String what = type.name + "." + method.name() + method.descriptor() + " overriding " + supertype;
                    if (overridden.isFinal()) {
                        problems.accept(what, "the Jenkins method is final (VerifyError)");
                    }
                    if (ReferenceMember.Access.of(method.access()).compareTo(overridden.access()) < 0) {
                        problems.accept(what, "weaker access than the Jenkins method's " + overridden.access()
                                + ", so it does not override");
                    }
                    if (universe.declared(type.name, false, method.name(), overridden.descriptor()) == null) {
                        problems.accept(what, "returns another type than " + overridden.descriptor()
                                + " and has no bridge method");
                    }
                    uses.accept(supertype, "overrides " + supertype + "." + method.name() + overridden.descriptor());
                }
            }
        }
    }

    /** A concrete class must implement every abstract method of its Jenkins supertypes (else AbstractMethodError). */
    void checkAbstractMethodsImplemented() {
        if (type.is(Opcodes.ACC_ABSTRACT) || type.is(Opcodes.ACC_INTERFACE)) {
            return;
        }
        for (String supertype : universe.allSupertypes(type.name)) {
            if (universe.origin(supertype) != LinkUniverse.Origin.JENKINS) {
                continue;
            }
            for (ReferenceMember member : universe.reference(supertype).members()) {
                if (member.isAbstract() && member.kind() == ReferenceMember.Kind.METHOD) {
                    LinkUniverse.Resolution resolution = universe.resolveMethod(type.name, member.name(),
                            member.descriptor(), false);
                    LinkUniverse.Found implementation = resolution.found();
                    if (implementation == null && !resolution.unverifiable().isEmpty()) {
                        problems.accept(type.name, "cannot verify that it implements abstract " + supertype + "."
                                + member.name() + member.descriptor() + ": supertypes " + resolution.unverifiable()
                                + " are not in the reference");
                    } else if (implementation == null || implementation.isAbstract()) {
                        problems.accept(type.name, "does not implement abstract " + supertype + "." + member.name()
                                + member.descriptor() + " (AbstractMethodError)");
                    }
                    uses.accept(supertype, "implements " + supertype + "." + member.name() + member.descriptor());
                }
            }
        }
    }
}
