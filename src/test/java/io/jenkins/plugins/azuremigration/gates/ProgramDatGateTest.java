package io.jenkins.plugins.azuremigration.gates;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.report.SampleWaves;
import io.jenkins.plugins.azuremigration.engine.report.Stage;
import io.jenkins.plugins.azuremigration.jenkins.common.ReturnShape;
import io.jenkins.plugins.azuremigration.jenkins.common.StageRequest;
import io.jenkins.plugins.azuremigration.jenkins.common.WaveStepExecution;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.marshalling.Marshaller;
import org.jboss.marshalling.Marshalling;
import org.jboss.marshalling.MarshallingConfiguration;
import org.jboss.marshalling.SimpleClassResolver;
import org.jboss.marshalling.Unmarshaller;
import org.jboss.marshalling.river.RiverMarshallerFactory;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The program.dat gate: a running Pipeline step's execution is saved with the flow in program.dat by JBoss
 * Marshalling River, the version workflow-support 1015.v785e5a_b_b_8b_22 bundles (2.3.0; its pom.xml), configured as
 * its {@code RiverWriter}/{@code RiverReader} are (a {@code RiverMarshallerFactory}, a {@code SimpleClassResolver} over
 * the plugin's class loader on reading; no class filter: JEP-200 does not apply to program.dat). Every step of the
 * plugin is started with every parameter set, and its execution must read back equal and hold no secret. The values
 * the steps return to the script are saved the same way once the script keeps them in a variable.
 */
class ProgramDatGateTest {
    private static final Path CLASSES = Path.of("target", "classes");
    private static final Path SAVED_01 = Path.of("src", "test", "resources", "saved-0.1");
    private static final String STEPS_PACKAGE = "io/jenkins/plugins/azuremigration/jenkins";

    /** Stands for workflow-cps' CpsStepContext, which program.dat holds beside the execution. */
    static final class SavedContext extends StepContext {
        private static final long serialVersionUID = 1L;

        @Override
        public <T> T get(Class<T> key) {
            return null;
        }

        @Override
        public void onSuccess(Object result) {
        }

        @Override
        public void onFailure(Throwable t) {
        }
    }

    private static byte[] write(Object value) throws IOException {
        MarshallingConfiguration config = new MarshallingConfiguration();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Marshaller marshaller = new RiverMarshallerFactory().createMarshaller(config);
        marshaller.start(Marshalling.createByteOutput(bytes));
        marshaller.writeObject(value);
        marshaller.finish();
        return bytes.toByteArray();
    }

    private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        MarshallingConfiguration config = new MarshallingConfiguration();
        config.setClassResolver(new SimpleClassResolver(ProgramDatGateTest.class.getClassLoader()));
        Unmarshaller unmarshaller = new RiverMarshallerFactory().createUnmarshaller(config);
        unmarshaller.start(Marshalling.createByteInput(new ByteArrayInputStream(bytes)));
        Object value = unmarshaller.readObject();
        unmarshaller.finish();
        return value;
    }

    /** Every concrete step class of the plugin, found in the compiled classes. */
    static List<Class<? extends Step>> steps() throws IOException, ClassNotFoundException {
        List<Class<? extends Step>> steps = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve(STEPS_PACKAGE))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ProgramDatGateTest.class.getClassLoader());
                if (Step.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                    steps.add(type.asSubclass(Step.class));
                }
            }
        }
        return steps;
    }

    private static Step configured(Class<? extends Step> type, Set<String> leaveOut) throws Exception {
        Constructor<?> constructor = Stream.of(type.getConstructors())
                .filter(c -> c.isAnnotationPresent(DataBoundConstructor.class)).findFirst().orElseThrow();
        assertThat(constructor.getParameterCount()).as(type + ": every parameter is a setter").isZero();
        Step step = (Step) constructor.newInstance();
        SampleParameters.fill(step, leaveOut);
        return step;
    }

    @Test
    void everyStepsRunningExecutionIsSavedAndReadBackEqualWithoutASecret() throws Exception {
        List<Class<? extends Step>> steps = steps();
        assertThat(steps).hasSizeGreaterThanOrEqualTo(6);
        int saved = 0;
        for (Class<? extends Step> type : steps) {
            // a wave file and a service principal; an inline wave and the agent's managed identity
            for (Set<String> leaveOut : List.of(Set.of("definition"), Set.of("wave", "credentialsId"))) {
                Step step = configured(type, leaveOut);
                StepExecution execution = step.start(new SavedContext());

                byte[] programDat = write(execution);
                Object resumed = read(programDat);

                assertThat(resumed).as(type.getSimpleName()).usingRecursiveComparison()
                        .ignoringFields(transientFields(execution.getClass())).isEqualTo(execution);
                assertThat(write(resumed)).as("saved again, the same bytes").isEqualTo(programDat);
                assertThat(new String(programDat, StandardCharsets.ISO_8859_1)).doesNotContain("sig=")
                        .doesNotContainIgnoringCase("password");
                saved++;
            }
        }
        System.out.println("program.dat (River 2.3.0): " + saved + " executions of " + steps.size() + " steps read back");
    }

    @Test
    void aStepSavedByVersion01ResumesWithTheSameRequest() throws Exception {
        StageRequest expected = new StageRequest("azureMigrationCopy", EnumSet.of(Stage.DNS, Stage.COPY), false, false,
                "10.20.0.4", List.of("web01", "sql01"), 10, 200, LocalTime.of(5, 30), "AzurePublicCloud",
                "contoso.onmicrosoft.com", "night-07", true,
                new StageRequest.Connection("azure-sp", null, "wave07-storage"));

        Object resumed = read(Files.readAllBytes(SAVED_01.resolve("wave-step-execution.river")));
        Object crossed;
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(SAVED_01.resolve("stage-request.ser")))) {
            crossed = in.readObject();
        }

        assertThat(resumed).isInstanceOf(WaveStepExecution.class);
        assertThat(resumed).extracting("request").isEqualTo(expected);
        assertThat(resumed).extracting("source").asString().isEqualTo("waves/wave-07.yaml");
        assertThat(crossed).isEqualTo(expected);
    }

    /**
     * River reads records only from 2.1.1 on (object components from 2.1.6/2.2.0); without records in the saved
     * state, the plugin does not depend on how recent the controller's workflow-support (and its River) is.
     */
    @Test
    void nothingAStepSavesIsARecord() throws Exception {
        List<String> records = new ArrayList<>();
        for (Class<? extends Step> type : steps()) {
            collectRecords(configured(type, Set.of("definition")).start(new SavedContext()).getClass(), records,
                    new HashSet<>());
        }
        assertThat(records).isEmpty();
    }

    /** Record types among the saved (non-transient, non-static) fields, followed through the plugin's own classes. */
    private static void collectRecords(Class<?> type, List<String> records, Set<Class<?>> seen) {
        if (!seen.add(type) || !type.getName().startsWith("io.jenkins.plugins.azuremigration")) {
            return;
        }
        if (type.isRecord()) {
            records.add(type.getName());
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isTransient(field.getModifiers()) && !Modifier.isStatic(field.getModifiers())) {
                    collectRecords(field.getType(), records, seen);
                }
            }
        }
    }

    @Test
    void whatTheStepsReturnToTheScriptIsSavedToo() throws Exception {
        for (ReturnShape shape : ReturnShape.values()) {
            Object returned = shape.of(SampleWaves.realistic());

            assertThat(read(write(returned))).as(shape.name()).isEqualTo(returned);
        }
    }

    /** What River does not save, and so a resumed execution rebuilds: threads, flags, the synchronous step's step. */
    private static String[] transientFields(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isTransient(field.getModifiers())) {
                    names.add(field.getName());
                }
            }
        }
        return names.toArray(String[]::new);
    }
}
