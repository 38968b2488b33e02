package io.jenkins.plugins.azuremigration.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.objectweb.asm.Opcodes.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Proves {@link LinkageChecker} strict: each fixture class (written with ASM, so no compiler can refuse it) makes
 * one mistake that would fail in a real Jenkins, and each must be reported; a correct fixture must pass.
 */
class LinkageCheckerTest {
    private static final JenkinsSignatures REFERENCE = JenkinsSignatures.loadProjectReference();
    private static final String SNBSE = "org/jenkinsci/plugins/workflow/steps/SynchronousNonBlockingStepExecution";
    private static final String STEP_CONTEXT = "org/jenkinsci/plugins/workflow/steps/StepContext";
    private static final String FILE_PATH = "hudson/FilePath";
    private static final String CHILD = "(Ljava/lang/String;)Lhudson/FilePath;";

    @Test
    void aCorrectStepExecutionPasses() {
        ClassWriter execution = classWriter("fixture/GoodExecution", SNBSE);
        MethodVisitor constructor = execution.visitMethod(ACC_PUBLIC, "<init>", "(L" + STEP_CONTEXT + ";)V", null, null);
        constructor.visitAnnotation("Lorg/kohsuke/stapler/DataBoundConstructor;", true).visitEnd();
        code(constructor, m -> {
            m.visitVarInsn(ALOAD, 0);
            m.visitVarInsn(ALOAD, 1);
            m.visitMethodInsn(INVOKESPECIAL, SNBSE, "<init>", "(L" + STEP_CONTEXT + ";)V", false); // protected constructor
        });
        String[] throwsException = {"java/lang/Exception"};
        code(execution.visitMethod(ACC_PROTECTED, "run", "()Ljava/lang/Object;", null, throwsException), m -> {
            contextGet(m, "fixture/GoodExecution", FILE_PATH); // getContext() inherited from StepExecution, owner is ours
            m.visitLdcInsn("wave.yaml");
            m.visitMethodInsn(INVOKEVIRTUAL, FILE_PATH, "child", CHILD, false);
            m.visitInsn(POP);
            contextGet(m, "fixture/GoodExecution", "hudson/model/TaskListener");
            m.visitMethodInsn(INVOKEINTERFACE, "hudson/model/TaskListener", "getLogger", "()Ljava/io/PrintStream;", true);
            m.visitInsn(POP);
            contextGet(m, "fixture/GoodExecution", "hudson/EnvVars");
            m.visitLdcInsn("PATH"); // EnvVars.get(Object) is TreeMap's: found by walking past the Jenkins type
            m.visitMethodInsn(INVOKEVIRTUAL, "hudson/EnvVars", "get", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
            m.visitInsn(POP);
            m.visitTypeInsn(NEW, "hudson/AbortException");
            m.visitInsn(DUP);
            m.visitLdcInsn("stop");
            m.visitMethodInsn(INVOKESPECIAL, "hudson/AbortException", "<init>", "(Ljava/lang/String;)V", false);
            m.visitInsn(ATHROW);
        });
        LinkageReport report = check(Set.of("workflow-step-api"), execution);

        assertThat(report.problems()).isEmpty();
        assertThat(report.checkedClasses()).isEqualTo(1);
        assertThat(report.verifiedReferences()).isGreaterThanOrEqualTo(10);
        assertThat(report.requiredPlugins()).containsExactlyInAnyOrder("core", "workflow-step-api");
    }

    @Test
    void aWrongDescriptorIsReportedWithTheRealOne() {
        assertProblem(call(INVOKEVIRTUAL, FILE_PATH, "child", "(I)Lhudson/FilePath;", false),
                "invokevirtual hudson.FilePath.child(I)Lhudson/FilePath;: no such method; the reference has "
                        + "[hudson.FilePath.child" + CHILD);
    }

    @Test
    void aMemberOurClassWouldInheritFromJenkinsButJenkinsLacksIsReported() {
        ClassWriter execution = classWriter("fixture/Execution", SNBSE);
        code(execution.visitMethod(ACC_PUBLIC, "probe", "()V", null, null), m -> {
            m.visitVarInsn(ALOAD, 0);
            m.visitMethodInsn(INVOKEVIRTUAL, "fixture/Execution", "getContextOrNull", "()L" + STEP_CONTEXT + ";", false);
            m.visitInsn(POP);
        });
        assertProblem(execution, "invokevirtual fixture.Execution.getContextOrNull()L" + STEP_CONTEXT + ";: no such method");
    }

    @Test
    void writingAFinalJenkinsFieldIsReported() {
        assertProblem(fixture(m -> {
            m.visitInsn(ACONST_NULL);
            m.visitFieldInsn(PUTSTATIC, "hudson/model/Result", "SUCCESS", "Lhudson/model/Result;");
        }), "writes a final field of hudson.model.Result (IllegalAccessError)");
    }

    @Test
    void aSuperCallToAnAbstractJenkinsMethodIsReported() {
        ClassWriter execution = classWriter("fixture/Execution", SNBSE);
        code(execution.visitMethod(ACC_PROTECTED, "run", "()Ljava/lang/Object;", null, null), m -> {
            m.visitVarInsn(ALOAD, 0);
            m.visitMethodInsn(INVOKESPECIAL, SNBSE, "run", "()Ljava/lang/Object;", false);
        }, ARETURN);
        assertProblem(execution, "super call to an abstract method (AbstractMethodError)");
    }

    @Test
    void anInterfaceCallOnAClassIsReported() {
        assertProblem(call(INVOKEINTERFACE, FILE_PATH, "child", CHILD, true),
                "invokeinterface hudson.FilePath.child" + CHILD + " (interface method ref): hudson.FilePath is a class");
    }

    @Test
    void aClassCallOnAnInterfaceIsReported() {
        assertProblem(call(INVOKEVIRTUAL, "hudson/model/TaskListener", "getLogger", "()Ljava/io/PrintStream;", false),
                "hudson.model.TaskListener is an interface (IncompatibleClassChangeError)");
    }

    @Test
    void aStaticCallOfAnInstanceMethodIsReported() {
        assertProblem(call(INVOKESTATIC, FILE_PATH, "child", CHILD, false),
                "invokestatic hudson.FilePath.child" + CHILD + ": the member is an instance member of hudson.FilePath");
    }

    @Test
    void aMissingFieldIsReported() {
        assertProblem(fixture(m -> m.visitFieldInsn(GETSTATIC, FILE_PATH, "MAX_REDIRECTS", "I")),
                "getstatic hudson.FilePath.MAX_REDIRECTSI: no such field");
    }

    @Test
    void anInstanceReadOfAStaticFieldIsReported() {
        assertProblem(fixture(m -> m.visitFieldInsn(GETFIELD, "hudson/model/Result", "SUCCESS", "Lhudson/model/Result;")),
                "the member is static of hudson.model.Result");
    }

    @Test
    void anUnknownJenkinsTypeIsReported() {
        assertProblem(call(INVOKESTATIC, "hudson/model/WaveRegistry", "get", "()Ljava/lang/Object;", false),
                "hudson.model.WaveRegistry is not in the Jenkins API reference");
    }

    @Test
    void aClassExtendingAnInterfaceIsReported() {
        assertProblem(classWriter("fixture/Listener", "hudson/model/TaskListener"),
                "fixture.Listener: extends interface hudson.model.TaskListener");
    }

    @Test
    void aClassImplementingAClassIsReported() {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(V17, ACC_PUBLIC, "fixture/Path", null, "java/lang/Object", new String[] {FILE_PATH});
        assertProblem(writer, "fixture.Path: implements class hudson.FilePath");
    }

    @Test
    void aCredentialsTypeWithoutThePluginDependencyIsReported() {
        ClassWriter writer = fixture(m -> m.visitTypeInsn(CHECKCAST,
                "com/cloudbees/plugins/credentials/common/StandardUsernamePasswordCredentials"));
        assertThat(check(Set.of("workflow-step-api"), writer).problems())
                .anyMatch(p -> p.contains("needs plugin credentials"));
        assertThat(check(Set.of("credentials"), fixture(m -> m.visitTypeInsn(CHECKCAST,
                "com/cloudbees/plugins/credentials/common/StandardUsernamePasswordCredentials"))).problems()).isEmpty();
    }

    @Test
    void anAnnotationJenkinsCannotSeeIsReported() {
        ClassWriter writer = classWriter("fixture/Step", "java/lang/Object");
        MethodVisitor constructor = writer.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        // recorded invisible, as javac writes it when the stand-in has CLASS retention
        constructor.visitAnnotation("Lorg/kohsuke/stapler/DataBoundConstructor;", false).visitEnd();
        code(constructor, m -> {
            m.visitVarInsn(ALOAD, 0);
            m.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        });
        assertProblem(writer,
                "@org.kohsuke.stapler.DataBoundConstructor is recorded invisible but its retention is RUNTIME");
    }

    @Test
    void overridingAFinalJenkinsMethodIsReported() {
        ClassWriter writer = classWriter("fixture/Execution", SNBSE);
        code(writer.visitMethod(ACC_PUBLIC, "start", "()Z", null, null), m -> m.visitInsn(ICONST_1), IRETURN);
        assertProblem(writer, "overriding " + SNBSE.replace('/', '.') + ": the Jenkins method is final");
    }

    @Test
    void anUnimplementedAbstractMethodIsReported() {
        assertProblem(classWriter("fixture/Step", "org/jenkinsci/plugins/workflow/steps/Step"),
                "fixture.Step: does not implement abstract org.jenkinsci.plugins.workflow.steps.Step.start");
    }

    @Test
    void instantiatingAnAbstractJenkinsClassIsReported() {
        assertProblem(fixture(m -> m.visitTypeInsn(NEW, STEP_CONTEXT)),
                "new abstract class org.jenkinsci.plugins.workflow.steps.StepContext (InstantiationError)");
    }

    @Test
    void callingAProtectedMethodFromOutsideIsReported() {
        assertProblem(call(INVOKEVIRTUAL, SNBSE, "run", "()Ljava/lang/Object;", false),
                "protected in " + SNBSE.replace('/', '.') + " (IllegalAccessError)");
    }

    @Test
    void aClassInNoBundledJarIsReported() {
        assertProblem(fixture(m -> m.visitTypeInsn(NEW, "com/example/azure/Missing")),
                "com.example.azure.Missing is in neither the JDK, the Jenkins API, nor a bundled jar");
    }

    private static void contextGet(MethodVisitor m, String self, String type) {
        m.visitVarInsn(ALOAD, 0);
        m.visitMethodInsn(INVOKEVIRTUAL, self, "getContext", "()L" + STEP_CONTEXT + ";", false);
        m.visitLdcInsn(Type.getObjectType(type));
        m.visitMethodInsn(INVOKEVIRTUAL, STEP_CONTEXT, "get", "(Ljava/lang/Class;)Ljava/lang/Object;", false);
        m.visitTypeInsn(CHECKCAST, type);
    }

    private static ClassWriter call(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        return fixture(m -> m.visitMethodInsn(opcode, owner, name, descriptor, isInterface));
    }

    /** A plain class whose one method contains {@code instructions}. */
    private static ClassWriter fixture(Consumer<MethodVisitor> instructions) {
        ClassWriter writer = classWriter("fixture/Probe", "java/lang/Object");
        code(writer.visitMethod(ACC_PUBLIC | ACC_STATIC, "probe", "()V", null, null), instructions);
        return writer;
    }

    private static ClassWriter classWriter(String name, String superName) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(V17, ACC_PUBLIC | ACC_SUPER, name, null, superName, null);
        return writer;
    }

    private static void code(MethodVisitor method, Consumer<MethodVisitor> instructions) {
        code(method, instructions, RETURN);
    }

    private static void code(MethodVisitor method, Consumer<MethodVisitor> instructions, int returnOpcode) {
        method.visitCode();
        instructions.accept(method);
        method.visitInsn(returnOpcode);
        method.visitMaxs(0, 0);
        method.visitEnd();
    }

    private static LinkageReport check(Set<String> declaredPlugins, ClassWriter... classes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (ClassWriter writer : classes) {
            writer.visitEnd();
            byte[] bytes = writer.toByteArray();
            files.put(ClassFileSummary.read(bytes).name, bytes);
        }
        return new LinkageChecker(REFERENCE).check(files, Set.of(), declaredPlugins);
    }

    private static void assertProblem(ClassWriter fixture, String expected) {
        LinkageReport report = check(Set.of("workflow-step-api", "credentials"), fixture);
        assertThat(report.problems()).as("problems").anyMatch(p -> p.contains(expected));
    }
}
