package io.jenkins.plugins.azuremigration.build;

import java.util.ArrayList;
import java.util.List;

/**
 * A public, read-only view of the Jenkins signature lists ({@link JenkinsSignatures}) for gates outside this package,
 * such as the Jelly views gate, which resolves {@code ${it.run.foo}} on Jenkins types against the real API instead
 * of the compile-only stand-ins (which declare only what our Java code calls).
 */
public final class JenkinsApiReference {
    /** A public method or field, generics erased as in the lists. */
    public record Member(String name, boolean field, boolean isStatic, List<String> parameterTypes, String type) {
    }

    private final JenkinsSignatures signatures;

    private JenkinsApiReference(JenkinsSignatures signatures) {
        this.signatures = signatures;
    }

    /** The lists in src/test/resources (read relative to the project directory, where Maven runs the tests). */
    public static JenkinsApiReference load() {
        return new JenkinsApiReference(JenkinsSignatures.loadProjectReference());
    }

    public boolean knows(String binaryName) {
        return signatures.contains(binaryName);
    }

    /** Superclass (if any besides Object) then interfaces, as binary names. */
    public List<String> supertypes(String binaryName) {
        ReferenceType type = signatures.type(binaryName);
        List<String> supertypes = new ArrayList<>();
        if (type.superclass() != null && !type.superclass().equals("java.lang.Object")) {
            supertypes.add(type.superclass());
        }
        supertypes.addAll(type.interfaces());
        return supertypes;
    }

    /** The public methods and fields the lists show for that type itself (not inherited ones). */
    public List<Member> publicMembers(String binaryName) {
        List<Member> members = new ArrayList<>();
        for (ReferenceMember member : signatures.type(binaryName).members()) {
            if (member.access() == ReferenceMember.Access.PUBLIC && member.kind() != ReferenceMember.Kind.CONSTRUCTOR) {
                members.add(new Member(member.name(), member.kind() == ReferenceMember.Kind.FIELD, member.isStatic(),
                        member.parameterTypes(), member.type()));
            }
        }
        return members;
    }
}
