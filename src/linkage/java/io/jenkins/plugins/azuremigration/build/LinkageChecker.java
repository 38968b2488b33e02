package io.jenkins.plugins.azuremigration.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Our substitute for loading the plugin into a real Jenkins: checks every reference the plugin's class files make to
 * a Jenkins type, method or field against the Jenkins API reference as the JVM would link it (owner, name, descriptor,
 * static-ness, interface-vs-class call, access), plus supertypes, overrides, abstract methods left unimplemented,
 * annotation retention, classes missing from the bundled jars, and the Plugin-Dependencies each plugin package needs.
 */
final class LinkageChecker {
    /** Libraries Jenkins core ships and the build therefore does not bundle (pom.xml: excludeGroupIds). */
    static final List<String> CORE_PROVIDED_LIBRARIES = List.of("org.slf4j.", "com.google.common.",
            "org.apache.commons.io.", "org.apache.commons.codec.", "net.java.sezpoz.");

    private final JenkinsSignatures reference;

    LinkageChecker(JenkinsSignatures reference) {
        this.reference = reference;
    }

    /**
     * @param pluginClassFiles the plugin jar's class files by binary name
     * @param bundledClasses binary names of the classes in the other jars of WEB-INF/lib
     * @param declaredPlugins plugin ids of the manifest's Plugin-Dependencies
     */
    LinkageReport check(Map<String, byte[]> pluginClassFiles, Set<String> bundledClasses, Set<String> declaredPlugins) {
        Map<String, ClassFileSummary> classes = new TreeMap<>();
        pluginClassFiles.forEach((name, bytes) -> classes.put(name, ClassFileSummary.read(bytes)));
        Check check = new Check(new LinkUniverse(classes, reference), bundledClasses);
        classes.values().forEach(check::checkClass);
        check.requiredPlugins.forEach((plugin, example) -> {
            if (!plugin.equals(PluginDependencyRules.CORE) && !declaredPlugins.contains(plugin)) {
                check.problems.add(example + ": needs plugin " + plugin + ", which Plugin-Dependencies does not name");
            }
        });
        return new LinkageReport(check.problems, check.verifiedReferences, classes.size(), check.requiredPlugins.keySet());
    }

    private static final class Check {
        private final LinkUniverse universe;
        private final Set<String> bundledClasses;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, String> requiredPlugins = new LinkedHashMap<>();
        private final List<String> verifiedReferences = new ArrayList<>();
        private ClassFileSummary current;
        private Set<String> verified;

        Check(LinkUniverse universe, Set<String> bundledClasses) {
            this.universe = universe;
            this.bundledClasses = bundledClasses;
        }

        void checkClass(ClassFileSummary type) {
            current = type;
            verified = new TreeSet<>();
            checkSupertypes();
            type.typeReferences.forEach(r -> checkType(r.type(), r.how(), r.where()));
            type.memberReferences.forEach(this::checkMember);
            type.methods.forEach(m -> checkSignature(m.descriptor(), type.name + "." + m.name() + m.descriptor()));
            type.fields.forEach(f -> checkSignature(f.descriptor(), type.name + "." + f.name()));
            type.annotations.forEach(this::checkAnnotation);
            InheritanceChecks inheritance = new InheritanceChecks(universe, type, this::problem, this::jenkinsUse);
            inheritance.checkOverrides();
            inheritance.checkAbstractMethodsImplemented();
            verified.forEach(reference -> verifiedReferences.add(type.name + ": " + reference));
        }

        private void checkSupertypes() {
            List<String> supertypes = universe.supertypes(current.name);
            for (int i = 0; i < supertypes.size(); i++) {
                String supertype = supertypes.get(i);
                boolean extendsClass = i == 0 && !current.is(Opcodes.ACC_INTERFACE);
                if (!known(supertype, current.name, extendsClass ? "extends" : "implements")) {
                    continue;
                }
                TypeKind kind = universe.kind(supertype);
                if (kind == null || !universe.isJenkins(supertype)) {
                    continue;
                }
                if (extendsClass && (kind.isInterface() || kind == TypeKind.ENUM)) {
                    problem(current.name, "extends " + kind + " " + supertype + " (IncompatibleClassChangeError)");
                } else if (extendsClass && reference(supertype) != null && reference(supertype).isFinal()) {
                    problem(current.name, "extends final class " + supertype + " (VerifyError)");
                } else if (!extendsClass && !kind.isInterface()) {
                    problem(current.name, "implements " + kind + " " + supertype + " (IncompatibleClassChangeError)");
                }
                jenkinsUse(supertype, (extendsClass ? "extends " : "implements ") + supertype);
            }
        }

        /** A type named by an instruction must load: from Jenkins (and be in the reference), the JDK, or a bundled jar. */
        private void checkType(String type, String how, String where) {
            String element = type.endsWith("[]") ? Type.getType(Descriptors.of(type)).getElementType().getClassName() : type;
            if (Descriptors.isPrimitive(element) || !known(element, where, how)) {
                return;
            }
            if (universe.isJenkins(element)) {
                if (how.equals("new") && !universe.kind(element).isInstantiable()) {
                    problem(where, "new " + universe.kind(element) + " " + element + " (InstantiationError)");
                }
                jenkinsUse(element, how + " " + element);
            }
        }

        /** Types in descriptors need not load eagerly, but a Jenkins type there must exist. */
        private void checkSignature(String descriptor, String where) {
            Type type = Type.getType(descriptor);
            List<Type> types = new ArrayList<>();
            if (type.getSort() == Type.METHOD) {
                types.addAll(List.of(type.getArgumentTypes()));
                types.add(type.getReturnType());
            } else {
                types.add(type);
            }
            for (Type t : types) {
                String element = Descriptors.elementClass(t);
                if (element != null && universe.isJenkins(element) && known(element, where, "signature")) {
                    jenkinsUse(element, "signature " + element);
                }
            }
        }

        private void checkMember(ClassFileSummary.MemberReference ref) {
            String owner = ref.owner();
            String call = ref.instruction() + " " + owner + "." + ref.name() + ref.descriptor();
            if (owner.endsWith("[]") || !known(owner, ref.where(), call)) {
                return;
            }
            LinkUniverse.Origin origin = universe.origin(owner);
            if (origin != LinkUniverse.Origin.PLUGIN && origin != LinkUniverse.Origin.JENKINS) {
                return; // JDK members are javac's business; other libraries were checked to exist
            }
            LinkUniverse.Resolution resolution = ref.isField() ? universe.resolveField(owner, ref.name(), ref.descriptor())
                    : universe.resolveMethod(owner, ref.name(), ref.descriptor(), ref.ownerIsInterface());
            if (origin == LinkUniverse.Origin.PLUGIN && !resolution.passedJenkins()) {
                return; // our own member, or one inherited from the JDK or a bundled library
            }
            LinkUniverse.Found found = resolution.found();
            if (found == null) {
                problem(ref.where(), call + ": " + (resolution.unverifiable().isEmpty() ? "no such "
                        + (ref.isField() ? "field" : "method") + hint(owner, ref.name())
                        : "cannot verify, the reference lacks supertype(s) " + resolution.unverifiable()));
                return;
            }
            if (origin == LinkUniverse.Origin.JENKINS && !ref.isField()) {
                // an InterfaceMethodref to a class, a Methodref to an interface, invokeinterface on a class or
                // invokevirtual on an interface all fail with IncompatibleClassChangeError
                boolean ownerIsInterface = universe.kind(owner).isInterface();
                if (ownerIsInterface != ref.ownerIsInterface()
                        || (ref.opcode() == Opcodes.INVOKEINTERFACE && !ownerIsInterface)
                        || (ref.opcode() == Opcodes.INVOKEVIRTUAL && ownerIsInterface)) {
                    problem(ref.where(), call + (ref.ownerIsInterface() ? " (interface method ref)" : " (class method ref)")
                            + ": " + owner + " is " + universe.kind(owner).withArticle()
                            + " (IncompatibleClassChangeError)");
                }
            }
            boolean staticAccess = ref.opcode() == Opcodes.INVOKESTATIC || ref.opcode() == Opcodes.GETSTATIC
                    || ref.opcode() == Opcodes.PUTSTATIC;
            if (staticAccess != found.isStatic()) {
                problem(ref.where(), call + ": the member is " + (found.isStatic() ? "static" : "an instance member")
                        + " of " + found.declaringType() + " (IncompatibleClassChangeError)");
            }
            if (ref.opcode() == Opcodes.INVOKESPECIAL && !ref.name().equals("<init>") && found.isAbstract()) {
                problem(ref.where(), call + ": super call to an abstract method (AbstractMethodError)");
            }
            if ((ref.opcode() == Opcodes.PUTFIELD || ref.opcode() == Opcodes.PUTSTATIC) && found.isFinal()) {
                problem(ref.where(), call + ": writes a final field of " + found.declaringType() + " (IllegalAccessError)");
            }
            if (found.access() == ReferenceMember.Access.PROTECTED && !samePackage(found.declaringType(), current.name)
                    && !universe.isSubtype(current.name, found.declaringType())) {
                problem(ref.where(), call + ": protected in " + found.declaringType() + " (IllegalAccessError)");
            }
            String resolved = found.declaringType().equals(owner) ? call
                    : call + " (declared in " + found.declaringType() + ")";
            jenkinsUse(owner, resolved);
            jenkinsUse(found.declaringType(), resolved);
            checkSignature(ref.descriptor(), ref.where());
        }

        private void checkAnnotation(ClassFileSummary.AnnotationUse use) {
            String type = use.type();
            if (!universe.isJenkins(type) || !known(type, use.where(), "@")) {
                return;
            }
            ReferenceType annotation = reference(type);
            if (annotation.kind() != TypeKind.ANNOTATION) {
                problem(use.where(), "@" + type + " is " + annotation.kind().withArticle() + ", not an annotation type");
                return;
            }
            String retention = annotation.annotationMetadata() == null ? null : annotation.annotationMetadata().retention();
            if ("RUNTIME".equals(retention) != use.visible()) {
                problem(use.where(), "@" + type + " is recorded " + (use.visible() ? "visible" : "invisible")
                        + " but its retention is " + retention
                        + (use.visible() ? "" : ": Jenkins reads it by reflection and would not see it"));
            }
            for (String element : use.values().keySet()) {
                if (annotation.membersNamed(element).isEmpty()) {
                    problem(use.where(), "@" + type + " has no element " + element);
                }
            }
            jenkinsUse(type, "@" + type);
        }

        /** False (with a problem) when a type cannot be loaded in Jenkins: unknown Jenkins type or missing library class. */
        private boolean known(String type, String where, String how) {
            switch (universe.origin(type)) {
                case UNKNOWN_JENKINS -> problem(where, how + ": " + type + " is not in the Jenkins API reference");
                case OTHER -> {
                    if (!bundledClasses.contains(type) && CORE_PROVIDED_LIBRARIES.stream().noneMatch(type::startsWith)) {
                        problem(where, how + ": " + type + " is in neither the JDK, the Jenkins API, nor a bundled jar");
                    }
                    return false;
                }
                default -> {
                    return true;
                }
            }
            return false;
        }

        private void jenkinsUse(String type, String reference) {
            if (!universe.isJenkins(type)) {
                return;
            }
            verified.add(reference);
            String plugin = PluginDependencyRules.pluginFor(type);
            if (plugin == null) {
                problem(current.name, "no plugin is known to supply package of " + type + " (PluginDependencyRules)");
            } else {
                requiredPlugins.putIfAbsent(plugin, current.name + " (" + reference + ")");
            }
        }

        private String hint(String owner, String name) {
            List<String> candidates = new ArrayList<>();
            for (String type : universe.allSupertypesAndSelf(owner)) {
                ReferenceType known = reference(type);
                if (known != null) {
                    known.membersNamed(name).forEach(m -> candidates.add(type + "." + m.jvmName() + m.descriptor()));
                }
            }
            return candidates.isEmpty() ? "" : "; the reference has " + candidates;
        }

        private ReferenceType reference(String type) {
            return universe.reference(type);
        }

        private static boolean samePackage(String a, String b) {
            return a.substring(0, Math.max(0, a.lastIndexOf('.'))).equals(b.substring(0, Math.max(0, b.lastIndexOf('.'))));
        }

        private void problem(String where, String what) {
            problems.add(where + ": " + what);
        }
    }
}
