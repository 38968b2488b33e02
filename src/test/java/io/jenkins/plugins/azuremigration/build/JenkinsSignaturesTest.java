package io.jenkins.plugins.azuremigration.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The signature-list parser: erasure as javac does it, and no line that it cannot read is ever skipped. */
class JenkinsSignaturesTest {
    private static final JenkinsSignatures REFERENCE = JenkinsSignatures.loadProjectReference();

    @Test
    void readsAllThreeListsIntoOneModel() {
        assertThat(REFERENCE.types()).hasSizeGreaterThan(100);
        assertThat(REFERENCE.types().stream().mapToInt(t -> t.members().size()).sum()).isGreaterThan(1500);
        assertThat(REFERENCE.type("hudson.AbortException").member(false, "<init>", "(Ljava/lang/String;)V"))
                .as("from jenkins-api-confirmed.txt").isNotNull();
        ReferenceType descriptor = REFERENCE.type("hudson.model.Descriptor");
        assertThat(descriptor.kind()).isEqualTo(TypeKind.ABSTRACT_CLASS);
        assertThat(descriptor.interfaces()).containsExactly("jenkins.model.Loadable", "hudson.model.Saveable",
                "jenkins.util.io.OnMaster");
        assertThat(descriptor.member(false, "<init>", "()V").access()).as("protected section of the extra list")
                .isEqualTo(ReferenceMember.Access.PROTECTED);
    }

    @Test
    void erasesTypeVariablesToTheirFirstBound() {
        ReferenceType filePath = REFERENCE.type("hudson.FilePath");
        assertThat(filePath.member(false, "act", "(Lhudson/FilePath$FileCallable;)Ljava/lang/Object;")).isNotNull();
        // <V, E extends Throwable> V act(Callable<V, E>) throws IOException, InterruptedException, E
        assertThat(filePath.member(false, "act", "(Lhudson/remoting/Callable;)Ljava/lang/Object;").exceptions())
                .containsExactlyInAnyOrder("java.io.IOException", "java.lang.InterruptedException", "java.lang.Throwable");
        // static <T extends Describable<T>> Map<Descriptor<T>, T> toMap(Iterable<T>)
        assertThat(REFERENCE.type("hudson.model.Descriptor").member(false, "toMap", "(Ljava/lang/Iterable;)Ljava/util/Map;")
                .isStatic()).isTrue();
        // interface ItemGroup<T extends Item>: T getItem(String); the method's own <T extends Item> shadows the class's
        ReferenceType itemGroup = REFERENCE.type("hudson.model.ItemGroup");
        assertThat(itemGroup.member(false, "getItem", "(Ljava/lang/String;)Lhudson/model/Item;")).isNotNull();
        assertThat(itemGroup.member(false, "getAllItems", "(Ljava/lang/Class;)Ljava/util/List;")).isNotNull();
        // BuildStepDescriptor<T extends BuildStep & Describable<T>>: an intersection erases to its first bound
        assertThat(REFERENCE.type("hudson.tasks.BuildStepDescriptor").member(false, "<init>", "(Ljava/lang/Class;)V"))
                .isNotNull();
        // Run<JobT, RunT>.Runner is the inner class Run$Runner; varargs are arrays
        assertThat(REFERENCE.type("hudson.model.Run").member(false, "run", "(Lhudson/model/Run$Runner;)V")).isNotNull();
        assertThat(REFERENCE.type("hudson.security.ACL")
                .member(false, "checkAnyPermission", "([Lhudson/security/Permission;)V")).isNotNull();
    }

    @Test
    void keepsAnnotationMetadataAndDefaults() {
        ReferenceType extension = REFERENCE.type("hudson.Extension");
        assertThat(extension.kind()).isEqualTo(TypeKind.ANNOTATION);
        assertThat(extension.annotationMetadata().retention()).isEqualTo("RUNTIME");
        assertThat(extension.annotationMetadata().targets()).containsExactlyInAnyOrder("TYPE", "FIELD", "METHOD");
        assertThat(extension.annotationMetadata().metaAnnotations()).contains("net.java.sezpoz.Indexable");
        assertThat(extension.member(false, "ordinal", "()D").hasDefaultValue()).isTrue();
        assertThat(REFERENCE.type("org.jenkinsci.Symbol").member(false, "value", "()[Ljava/lang/String;").hasDefaultValue())
                .isFalse();
    }

    @Test
    void rejectsEveryLineItCannotRead() {
        String header = "==== a.B  [class]";
        String compiled = "Compiled from \"B.java\"";
        String classLine = "public class a.B {";
        assertRejected("x.txt:1", "something that is not a section");
        assertRejected("x.txt:2", header, "public class a.B {");
        assertRejected("x.txt:4", header, compiled, classLine, "  public T get();", "}");
        assertRejected("x.txt:4", header, compiled, classLine, "public void f();", "}");
        assertRejected("x.txt:4", header, compiled, classLine, "  void f();", "}");
        assertRejected("x.txt:4", header, compiled, classLine, "  public void f(java.util.List<>);", "}");
        assertRejected("x.txt:1", "==== a.B  [klass]", compiled, classLine, "}");
        assertRejected("x.txt:3", "==== a.B  [interface]", compiled, classLine, "}");
        assertRejected("x.txt:3", "==== a.C  [class]", compiled, classLine, "}");
        assertRejected("x.txt:3", header, compiled, "@java.lang.annotation.Documented", classLine, "}");
        assertRejected("x.txt: ends inside section a.B", header, compiled, classLine, "  public void f();");
        assertRejected("x.txt:5", header, compiled, classLine, "  public void f();", "  public static void f();", "}");
    }

    @Test
    void acceptsWhatJavapPrints() {
        JenkinsSignatures parsed = JenkinsSignatures.parse(Map.of("x.txt", List.of(
                "# a comment", "",
                "==== a.B  [abstract class; a caveat]", "Compiled from \"B.java\"",
                "public abstract class a.B<T extends a.C<T>> extends a.D<T> implements a.E, a.F<java.lang.String> {",
                "  public a.B(java.lang.String...);",
                "  protected static final java.util.Map<java.lang.String, ? extends T> MAP;",
                "  public <U extends T> U[] pick(java.util.List<? super U>) throws java/io/IOException, a.G;",
                "}")));
        ReferenceType b = parsed.type("a.B");
        assertThat(b.superclass()).isEqualTo("a.D");
        assertThat(b.interfaces()).containsExactly("a.E", "a.F");
        assertThat(b.member(false, "<init>", "([Ljava/lang/String;)V")).isNotNull();
        assertThat(b.member(true, "MAP", "Ljava/util/Map;").isStatic()).isTrue();
        assertThat(b.member(false, "pick", "(Ljava/util/List;)[La/C;").exceptions())
                .isEqualTo(Set.of("java.io.IOException", "a.G"));
    }

    private static void assertRejected(String origin, String... lines) {
        assertThatThrownBy(() -> JenkinsSignatures.parse(Map.of("x.txt", List.of(lines))))
                .isInstanceOf(SignatureParseException.class).hasMessageStartingWith(origin);
    }
}
