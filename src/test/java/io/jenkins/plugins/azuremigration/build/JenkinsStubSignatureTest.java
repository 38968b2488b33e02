package io.jenkins.plugins.azuremigration.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Every compile-only stand-in (src/jenkins-stubs/java) must declare only what the real Jenkins API has, with the same
 * kind, supertypes, static-ness, access, erased parameter and return types, throws clauses, and for annotation types
 * the same retention, targets and processor meta-annotations. A wrong stand-in compiles here and fails in Jenkins.
 */
class JenkinsStubSignatureTest {
    private static final Path STUB_SOURCES = Path.of("src", "jenkins-stubs", "java");

    /**
     * Type-only stand-ins (docs/jenkins-api.md, "Type-only stand-ins"): the plugin only names them, never calls,
     * extends, implements or instantiates them, so they may omit real supertypes that would drag in a dozen more
     * stand-ins; they must declare no member. {@code AbstractProject} is the type argument of
     * {@code BuildStepDescriptor.isApplicable(Class<? extends AbstractProject>)}; {@code AbstractBuild} is only the
     * bound of AbstractProject's type parameter {@code R}, declared so that the type parameters are the real ones.
     */
    static final Set<String> TYPE_ONLY_STAND_INS = Set.of("hudson.model.AbstractProject", "hudson.model.AbstractBuild");
    /** Members checked, supertypes may be left out: Jenkins' real hierarchy would need dozens more stand-ins. */
    static final Set<String> SUPERTYPES_LEFT_OUT = Set.of("jenkins.model.Jenkins");

    @Test
    void everyStandInMatchesTheJenkinsApiReference() throws Exception {
        StandInComparison comparison = new StandInComparison(JenkinsSignatures.loadProjectReference(),
                TYPE_ONLY_STAND_INS, SUPERTYPES_LEFT_OUT);
        List<String> standIns = standInTypeNames();
        assertThat(standIns).as("every type-only stand-in exists").containsAll(TYPE_ONLY_STAND_INS);
        for (String name : standIns) {
            comparison.compare(ClassFileSummary.read(Files.readAllBytes(compiledStandIn(name))));
        }

        System.out.printf("Stand-ins: %d types and %d members match the Jenkins API reference%n",
                comparison.typesChecked(), comparison.membersChecked());
        assertThat(comparison.mismatches()).as("stand-ins that differ from the real Jenkins API").isEmpty();
        assertThat(standIns).as("stand-in types found").hasSizeGreaterThanOrEqualTo(30);
        assertThat(comparison.typesChecked()).isEqualTo(standIns.size());
        assertThat(comparison.membersChecked()).as("stand-in members checked").isGreaterThan(30);
    }

    @Test
    void aStandInThatDiffersFromJenkinsIsReported() {
        // a FilePath that is not final, with an invented overload and a static act(...): three ways to fail in Jenkins
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "hudson/FilePath", null, "java/lang/Object",
                new String[] {"org/jenkinsci/remoting/SerializableOnlyOverRemoting"});
        writer.visitMethod(Opcodes.ACC_PUBLIC, "child", "(I)Lhudson/FilePath;", null, null).visitEnd();
        writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "act",
                "(Lhudson/FilePath$FileCallable;)Ljava/lang/Object;", null,
                new String[] {"java/io/IOException", "java/lang/InterruptedException"}).visitEnd();
        writer.visitEnd();
        // and an annotation type that kept javac's default CLASS retention
        ClassWriter annotation = new ClassWriter(0);
        annotation.visit(Opcodes.V17,
                Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT | Opcodes.ACC_ANNOTATION,
                "org/kohsuke/stapler/DataBoundConstructor", null, "java/lang/Object",
                new String[] {"java/lang/annotation/Annotation"});
        annotation.visitEnd();

        StandInComparison comparison = new StandInComparison(JenkinsSignatures.loadProjectReference(),
                TYPE_ONLY_STAND_INS);
        comparison.compare(ClassFileSummary.read(writer.toByteArray()));
        comparison.compare(ClassFileSummary.read(annotation.toByteArray()));

        assertThat(comparison.mismatches()).anyMatch(m -> m.startsWith("hudson.FilePath: final"))
                .anyMatch(m -> m.startsWith("hudson.FilePath.child(I)Lhudson/FilePath;: no such")
                        && m.contains("child(java.lang.String) (Ljava/lang/String;)Lhudson/FilePath;"))
                .anyMatch(m -> m.startsWith("hudson.FilePath.act(Lhudson/FilePath$FileCallable;)Ljava/lang/Object;: static"))
                .anyMatch(m -> m.startsWith("org.kohsuke.stapler.DataBoundConstructor: retention: Jenkins has RUNTIME"))
                .anyMatch(m -> m.startsWith("org.kohsuke.stapler.DataBoundConstructor: targets"));
    }

    @Test
    void aTypeOnlyStandInMayOmitSupertypesButDeclaresNothingElse() {
        String projectSignature = "<P:Lhudson/model/AbstractProject<TP;TR;>;R:Lhudson/model/AbstractBuild<TP;TR;>;>"
                + "Ljava/lang/Object;";
        // supertypes omitted, real type parameters, only a private no-argument constructor: accepted
        ClassWriter good = typeOnlyProject(projectSignature, "java/lang/Object", new String[0]);
        good.visitMethod(Opcodes.ACC_PRIVATE, "<init>", "()V", null, null).visitEnd();
        good.visitEnd();
        // a member, an invented interface and an unbounded R: each reported
        ClassWriter bad = typeOnlyProject("<P:Lhudson/model/AbstractProject<TP;TR;>;R:Ljava/lang/Object;>"
                + "Ljava/lang/Object;Lhudson/model/ModelObject;", "java/lang/Object",
                new String[] {"hudson/model/ModelObject"});
        bad.visitMethod(Opcodes.ACC_PUBLIC, "isDisabled", "()Z", null, null).visitEnd();
        bad.visitMethod(Opcodes.ACC_PROTECTED, "<init>", "()V", null, null).visitEnd();
        bad.visitEnd();
        StandInComparison typeOnly = new StandInComparison(JenkinsSignatures.loadProjectReference(),
                Set.of("hudson.model.AbstractProject"));
        typeOnly.compare(ClassFileSummary.read(good.toByteArray()));
        assertThat(typeOnly.mismatches()).isEmpty();
        typeOnly.compare(ClassFileSummary.read(bad.toByteArray()));
        assertThat(typeOnly.mismatches()).hasSize(4)
                .anyMatch(m -> m.startsWith("hudson.model.AbstractProject: type parameters")
                        && m.contains("R extends hudson.model.AbstractBuild"))
                .anyMatch(m -> m.startsWith(
                        "hudson.model.AbstractProject: type-only stand-in implements hudson.model.ModelObject"))
                .anyMatch(m -> m.startsWith(
                        "hudson.model.AbstractProject.isDisabled()Z: a type-only stand-in declares no member"))
                .anyMatch(m -> m.startsWith(
                        "hudson.model.AbstractProject.<init>()V: a type-only stand-in declares no member"));
        // not type-only: the same class that passed above must then have its real supertypes
        StandInComparison strict = new StandInComparison(JenkinsSignatures.loadProjectReference(), Set.of());
        strict.compare(ClassFileSummary.read(good.toByteArray()));
        assertThat(strict.mismatches()).anyMatch(m -> m.startsWith("hudson.model.AbstractProject: superclass"));
    }

    @Test
    void aStandInWithSupertypesLeftOutStillHasEveryMemberChecked() {
        ClassWriter jenkins = new ClassWriter(0);
        jenkins.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "jenkins/model/Jenkins", null, "java/lang/Object",
                new String[] {"hudson/model/ModelObject"});
        jenkins.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "get", "()Ljenkins/model/Jenkins;", null,
                new String[] {"java/lang/IllegalStateException"}).visitEnd();
        jenkins.visitMethod(Opcodes.ACC_PUBLIC, "getProxy", "()Ljava/net/Proxy;", null, null).visitEnd();
        jenkins.visitEnd();

        StandInComparison comparison = new StandInComparison(JenkinsSignatures.loadProjectReference(), Set.of(),
                SUPERTYPES_LEFT_OUT);
        comparison.compare(ClassFileSummary.read(jenkins.toByteArray()));

        assertThat(comparison.mismatches()).hasSize(2)
                .anyMatch(m -> m.startsWith("jenkins.model.Jenkins: stand-in with supertypes left out implements "
                        + "hudson.model.ModelObject"))
                .anyMatch(m -> m.startsWith("jenkins.model.Jenkins.getProxy()Ljava/net/Proxy;: no such"));
    }

    private static ClassWriter typeOnlyProject(String signature, String superclass, String[] interfaces) {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "hudson/model/AbstractProject", signature,
                superclass, interfaces);
        return writer;
    }

    /**
     * Top-level types from the source file names, plus every class file javac wrote beside each (nested, anonymous
     * and local classes, {@code Name$*.class}), so that no compiled stand-in class escapes the comparison.
     */
    private static List<String> standInTypeNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(STUB_SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
                String relative = STUB_SOURCES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                String topLevel = relative.substring(0, relative.length() - ".java".length());
                names.add(topLevel);
                Path classFile = compiledStandIn(topLevel);
                String prefix = classFile.getFileName().toString().replace(".class", "$");
                try (Stream<Path> siblings = Files.list(classFile.getParent())) {
                    siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix) && n.endsWith(".class"))
                            .sorted().forEach(n -> names.add(topLevel + n.substring(prefix.length() - 1, n.length() - 6)));
                }
            }
        }
        return names;
    }

    /** The class file compiled from the stand-in source (test classes), never one from a jar of the test classpath. */
    private static Path compiledStandIn(String binaryName) {
        String resource = binaryName.replace('.', '/') + ".class";
        URL url = JenkinsStubSignatureTest.class.getClassLoader().getResource(resource);
        assertThat(url).as(resource).isNotNull();
        assertThat(url.getProtocol()).as("stand-in " + binaryName + " must come from the compiled test sources")
                .isEqualTo("file");
        try {
            return Path.of(url.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(url.toString(), e);
        }
    }
}
