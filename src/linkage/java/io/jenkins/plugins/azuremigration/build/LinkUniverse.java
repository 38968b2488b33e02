package io.jenkins.plugins.azuremigration.build;

import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Every class the plugin's code links against, seen one way: the plugin's own classes (from its jar), the Jenkins
 * API reference, and the JDK (by reflection). Resolves fields and methods the way the JVM does (JVMS 5.4.3), so a
 * member inherited by one of our classes from a Jenkins supertype is found where Jenkins declares it.
 */
final class LinkUniverse {
    /** Packages whose classes come from Jenkins (core or plugins) at run time: they must be in the reference. */
    static final List<String> JENKINS_PACKAGES = List.of("hudson.", "jenkins.", "org.kohsuke.", "org.jenkinsci.",
            "com.cloudbees.", "net.sf.json.", "org.jvnet.");

    enum Origin { PLUGIN, JENKINS, JDK, UNKNOWN_JENKINS, OTHER }

    /** A member found by resolution; {@code declaringType} is where it is declared. */
    record Found(String declaringType, Origin origin, boolean isStatic, boolean isAbstract, boolean isFinal,
            ReferenceMember.Access access) {
    }

    /** The outcome of resolving a member; {@code unverifiable} lists supertypes whose members we cannot see. */
    record Resolution(Found found, boolean passedJenkins, Set<String> unverifiable) {
    }

    private final Map<String, ClassFileSummary> pluginClasses;
    private final JenkinsSignatures reference;
    private final Map<String, Optional<Class<?>>> jdkClasses = new HashMap<>();

    LinkUniverse(Map<String, ClassFileSummary> pluginClasses, JenkinsSignatures reference) {
        this.pluginClasses = pluginClasses;
        this.reference = reference;
    }

    static boolean inJenkinsPackage(String name) {
        return JENKINS_PACKAGES.stream().anyMatch(name::startsWith);
    }

    Origin origin(String name) {
        if (pluginClasses.containsKey(name)) {
            return Origin.PLUGIN;
        }
        if (reference.contains(name)) {
            return Origin.JENKINS;
        }
        if (inJenkinsPackage(name)) {
            return Origin.UNKNOWN_JENKINS;
        }
        return jdkClass(name).isPresent() ? Origin.JDK : Origin.OTHER;
    }

    /** Jenkins types, and Jenkins-supplied types outside its packages that the reference lists (Guava's FutureCallback). */
    boolean isJenkins(String name) {
        Origin origin = origin(name);
        return origin == Origin.JENKINS || origin == Origin.UNKNOWN_JENKINS;
    }

    TypeKind kind(String name) {
        return switch (origin(name)) {
            case PLUGIN -> pluginClasses.get(name).kind();
            case JENKINS -> reference.type(name).kind();
            case JDK -> {
                Class<?> type = jdkClass(name).orElseThrow();
                yield type.isAnnotation() ? TypeKind.ANNOTATION : type.isInterface() ? TypeKind.INTERFACE
                        : type.isEnum() ? TypeKind.ENUM : Modifier.isAbstract(type.getModifiers()) ? TypeKind.ABSTRACT_CLASS
                        : TypeKind.CLASS;
            }
            default -> null;
        };
    }

    /** Direct supertypes (superclass first), or null when the type's declaration is not known to us. */
    List<String> supertypes(String name) {
        List<String> supertypes = new ArrayList<>();
        switch (origin(name)) {
            case PLUGIN -> {
                ClassFileSummary summary = pluginClasses.get(name);
                if (summary.superclass != null) {
                    supertypes.add(summary.superclass);
                }
                supertypes.addAll(summary.interfaces);
            }
            case JENKINS -> {
                supertypes.add(reference.type(name).superclass());
                supertypes.addAll(reference.type(name).interfaces());
            }
            case JDK -> {
                Class<?> type = jdkClass(name).orElseThrow();
                if (type.getSuperclass() != null) {
                    supertypes.add(type.getSuperclass().getName());
                } else if (type.isInterface()) {
                    supertypes.add("java.lang.Object");
                }
                List.of(type.getInterfaces()).forEach(i -> supertypes.add(i.getName()));
            }
            default -> {
                return null;
            }
        }
        return supertypes;
    }

    String superclass(String name) {
        List<String> supertypes = supertypes(name);
        TypeKind kind = kind(name);
        return supertypes == null || supertypes.isEmpty() || kind == null || kind.isInterface() ? null : supertypes.get(0);
    }

    /** All supertypes, nearest first; types we cannot see into are included but not expanded. */
    Set<String> allSupertypes(String name) {
        Set<String> all = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(name));
        while (!pending.isEmpty()) {
            List<String> direct = supertypes(pending.removeFirst());
            if (direct != null) {
                direct.stream().filter(all::add).forEach(pending::addLast);
            }
        }
        return all;
    }

    Set<String> allSupertypesAndSelf(String name) {
        Set<String> all = new LinkedHashSet<>(List.of(name));
        all.addAll(allSupertypes(name));
        return all;
    }

    /** The reference's description of a Jenkins type, or null. */
    ReferenceType reference(String name) {
        return reference.type(name);
    }

    boolean isSubtype(String type, String supertype) {
        return type.equals(supertype) || allSupertypes(type).contains(supertype);
    }

    /** A member declared (not inherited) by {@code type}; JDK members only when public or protected. */
    Found declared(String type, boolean field, String jvmName, String descriptor) {
        Origin origin = origin(type);
        switch (origin) {
            case PLUGIN -> {
                ClassFileSummary summary = pluginClasses.get(type);
                if (field) {
                    return summary.fields.stream().filter(f -> f.name().equals(jvmName) && f.descriptor().equals(descriptor))
                            .findFirst().map(f -> found(type, origin, f.access())).orElse(null);
                }
                return summary.methods.stream().filter(m -> m.name().equals(jvmName) && m.descriptor().equals(descriptor))
                        .findFirst().map(m -> found(type, origin, m.access())).orElse(null);
            }
            case JENKINS -> {
                ReferenceMember member = reference.type(type).member(field, jvmName, descriptor);
                return member == null ? null : new Found(type, origin, member.isStatic(), member.isAbstract(),
                        member.isFinal(), member.access());
            }
            case JDK -> {
                return declaredInJdk(jdkClass(type).orElseThrow(), field, jvmName, descriptor);
            }
            default -> {
                return null;
            }
        }
    }

    private Found declaredInJdk(Class<?> type, boolean field, String jvmName, String descriptor) {
        List<java.lang.reflect.Member> candidates = new ArrayList<>();
        if (field) {
            candidates.addAll(List.of(type.getDeclaredFields()));
        } else if (jvmName.equals("<init>")) {
            candidates.addAll(List.of(type.getDeclaredConstructors()));
        } else {
            candidates.addAll(List.of(type.getDeclaredMethods()));
        }
        for (java.lang.reflect.Member member : candidates) {
            String memberDescriptor = member instanceof java.lang.reflect.Field f ? Type.getDescriptor(f.getType())
                    : member instanceof java.lang.reflect.Method m ? Type.getMethodDescriptor(m)
                    : Type.getConstructorDescriptor((java.lang.reflect.Constructor<?>) member);
            boolean name = field || !jvmName.equals("<init>") ? member.getName().equals(jvmName) : true;
            int modifiers = member.getModifiers();
            boolean visible = Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
            if (name && visible && memberDescriptor.equals(descriptor)) {
                return new Found(type.getName(), Origin.JDK, Modifier.isStatic(modifiers), Modifier.isAbstract(modifiers),
                        Modifier.isFinal(modifiers), Modifier.isPublic(modifiers) ? ReferenceMember.Access.PUBLIC
                                : ReferenceMember.Access.PROTECTED);
            }
        }
        return null;
    }

    private static Found found(String type, Origin origin, int access) {
        return new Found(type, origin, (access & Opcodes.ACC_STATIC) != 0, (access & Opcodes.ACC_ABSTRACT) != 0,
                (access & Opcodes.ACC_FINAL) != 0, ReferenceMember.Access.of(access));
    }

    /** JVMS 5.4.3.3/4: the class chain, then superinterfaces (for an interface: itself, Object, superinterfaces). */
    Resolution resolveMethod(String owner, String name, String descriptor, boolean interfaceReference) {
        Walk walk = new Walk();
        if (name.equals("<init>")) { // constructors are not inherited
            return walk.result(walk.visit(owner) ? declared(owner, false, name, descriptor) : null);
        }
        List<String> classChain = new ArrayList<>();
        if (interfaceReference) {
            if (walk.visit(owner)) {
                Found own = declared(owner, false, name, descriptor);
                Found object = declared("java.lang.Object", false, name, descriptor);
                if (own != null || (object != null && object.access() == ReferenceMember.Access.PUBLIC)) {
                    return walk.result(own != null ? own : object);
                }
            }
            classChain.add(owner);
        } else {
            for (String type = owner; type != null && walk.visit(type); type = superclass(type)) {
                Found found = declared(type, false, name, descriptor);
                if (found != null) {
                    return walk.result(found);
                }
                classChain.add(type);
            }
        }
        Found fromInterface = null; // prefer a default method over an abstract declaration, as the JVM's selection does
        for (String type : classChain) {
            for (String supertype : allSupertypes(type)) {
                TypeKind kind = kind(supertype);
                if (walk.visit(supertype) && kind != null && kind.isInterface()) {
                    Found found = declared(supertype, false, name, descriptor);
                    if (found != null && !found.isStatic() && found.access() != ReferenceMember.Access.PRIVATE
                            && (fromInterface == null || (fromInterface.isAbstract() && !found.isAbstract()))) {
                        fromInterface = found;
                    }
                }
            }
        }
        return walk.result(fromInterface);
    }

    /** JVMS 5.4.3.2: the type, its superinterfaces, then its superclass, recursively. */
    Resolution resolveField(String owner, String name, String descriptor) {
        Walk walk = new Walk();
        return walk.result(fieldIn(owner, name, descriptor, walk));
    }

    private Found fieldIn(String type, String name, String descriptor, Walk walk) {
        if (type == null || !walk.visit(type)) {
            return null;
        }
        Found found = declared(type, true, name, descriptor);
        List<String> supertypes = supertypes(type);
        for (int i = 1; found == null && i < supertypes.size(); i++) {
            found = fieldIn(supertypes.get(i), name, descriptor, walk);
        }
        return found != null ? found : fieldIn(superclass(type), name, descriptor, walk);
    }

    private Optional<Class<?>> jdkClass(String name) {
        return jdkClasses.computeIfAbsent(name, n -> {
            try {
                return Optional.of(Class.forName(n, false, ClassLoader.getPlatformClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        });
    }

    /** Records which kinds of types a resolution passed through. */
    private final class Walk {
        private boolean passedJenkins;
        private final Set<String> unverifiable = new LinkedHashSet<>();

        /** True when the type's members can be looked at. */
        boolean visit(String type) {
            Origin origin = origin(type);
            passedJenkins |= origin == Origin.JENKINS || origin == Origin.UNKNOWN_JENKINS;
            if (origin == Origin.UNKNOWN_JENKINS || origin == Origin.OTHER) {
                unverifiable.add(type);
                return false;
            }
            return true;
        }

        Resolution result(Found found) {
            return new Resolution(found, passedJenkins, Set.copyOf(unverifiable));
        }
    }
}
