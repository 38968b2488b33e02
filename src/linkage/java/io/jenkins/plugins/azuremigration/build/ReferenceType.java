package io.jenkins.plugins.azuremigration.build;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Jenkins type as the signature lists describe it: kind, supertypes (erased binary names; interfaces and annotation
 * types have java.lang.Object as superclass, as in their class files), members, and for annotation types the
 * retention, targets and meta-annotations of the extra file's {@code [annotation metadata]} sections.
 */
final class ReferenceType {
    private final String name;
    private final TypeKind kind;
    private final boolean isFinal;
    /** False for the rare package-private supertype the plugin never names (remoting's RemotingSystemException). */
    private final boolean isPublic;
    private final String superclass;
    private final List<String> interfaces;
    private final List<String> typeParameters;
    private final Map<String, ReferenceMember> members = new LinkedHashMap<>();
    private AnnotationMetadata annotationMetadata;
    private final String origin;

    /** What the extra file says about an annotation type's own annotations. */
    record AnnotationMetadata(String retention, Set<String> targets, Set<String> metaAnnotations, String origin) {
    }

    ReferenceType(String name, TypeKind kind, boolean isFinal, boolean isPublic, String superclass,
            List<String> interfaces, List<String> typeParameters, String origin) {
        this.name = name;
        this.kind = kind;
        this.isFinal = isFinal;
        this.isPublic = isPublic;
        this.superclass = superclass;
        this.interfaces = List.copyOf(interfaces);
        this.typeParameters = List.copyOf(typeParameters);
        this.origin = origin;
    }

    String name() {
        return name;
    }

    TypeKind kind() {
        return kind;
    }

    boolean isFinal() {
        return isFinal;
    }

    boolean isPublic() {
        return isPublic;
    }

    String superclass() {
        return superclass;
    }

    List<String> interfaces() {
        return interfaces;
    }

    /** The class's type parameters in order, each as {@code name extends erasure-of-first-bound}. */
    List<String> typeParameters() {
        return typeParameters;
    }

    String origin() {
        return origin;
    }

    Collection<ReferenceMember> members() {
        return members.values();
    }

    ReferenceMember member(boolean field, String jvmName, String descriptor) {
        return members.get(ReferenceMember.key(field, jvmName, descriptor));
    }

    /** Members of the given JVM name, for "did you mean" hints in failure messages. */
    List<ReferenceMember> membersNamed(String jvmName) {
        return members.values().stream().filter(m -> m.jvmName().equals(jvmName)).collect(Collectors.toList());
    }

    AnnotationMetadata annotationMetadata() {
        return annotationMetadata;
    }

    /** Same class line as another section of this type (the lists repeat a type's class line in each section). */
    boolean sameDeclarationAs(ReferenceType other) {
        return kind == other.kind && isFinal == other.isFinal && superclass.equals(other.superclass)
                && Set.copyOf(interfaces).equals(Set.copyOf(other.interfaces))
                && typeParameters.equals(other.typeParameters);
    }

    String describeDeclaration() {
        return (isFinal ? "final " : "") + kind + " " + name + typeParameters + " extends " + superclass
                + " implements " + interfaces;
    }

    /** Adds a member; a member listed twice must be listed identically, else the lists contradict each other. */
    void addMember(ReferenceMember member) {
        ReferenceMember existing = members.putIfAbsent(member.key(), member);
        if (existing == null) {
            return;
        }
        if (!existing.describe().equals(member.describe()) || !existing.exceptions().equals(member.exceptions())) {
            throw new SignatureParseException(member.origin(), "conflicts with " + existing.origin() + ": "
                    + existing.describe() + " vs " + member.describe());
        }
        if (member.hasDefaultValue()) { // the annotation metadata section adds the element's default
            members.put(member.key(), member);
        }
    }

    void setAnnotationMetadata(AnnotationMetadata metadata) {
        if (annotationMetadata != null) {
            throw new SignatureParseException(metadata.origin(), "second annotation metadata section for " + name
                    + " (first at " + annotationMetadata.origin() + ")");
        }
        annotationMetadata = metadata;
    }
}
