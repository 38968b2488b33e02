package io.jenkins.plugins.azuremigration.jenkins.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.jenkins.freestyle.WaveBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.Test;

/**
 * The "Pipeline examples" gate on the repository itself: every example Jenkinsfile, the top-level Jenkinsfile and
 * every ```groovy block of README.md and docs/*.md parse with Jenkins' Groovy, and every call of our steps in them
 * names real parameters with values Jenkins can bind (docs/jenkins-api.md, "Pipeline examples gate").
 */
class PipelineExamplesGateTest {
    private static final StepCatalog CATALOG = StepCatalog.ofCompiledClasses();

    @Test
    void everyExampleParsesAndCallsOurStepsWithParametersTheyDeclare() {
        PipelineSources.Collected collected = PipelineSources.collect(Path.of(""));
        PipelineExamplesGate.Result result = new PipelineExamplesGate(CATALOG).check(collected.sources());
        System.out.println("Pipeline examples gate: " + collected.files() + " files, " + result.summary());

        assertThat(result.findings()).as("problems in the Pipeline examples").isEmpty();
        assertThat(collected.sources()).as("the three example Jenkinsfiles are read")
                .filteredOn(PipelineSource::mustUseOurSteps).extracting(PipelineSource::file)
                .contains("docs/examples/Jenkinsfile", "docs/examples/Jenkinsfile.parallel",
                        "docs/examples/Jenkinsfile.scheduled");
        assertThat(collected.sources()).as("README.md and docs/jenkins.md show the steps in groovy blocks")
                .extracting(PipelineSource::file).contains("README.md", "docs/jenkins.md");
        assertThat(result.stepCalls()).isPositive();
        assertThat(result.arguments()).isGreaterThanOrEqualTo(result.stepCalls());
        assertThat(result.callsPerStep()).as("the examples show every Pipeline step")
                .containsKeys(CATALOG.models().stream().filter(m -> m.kind() == StepModel.Kind.STEP)
                        .map(StepModel::symbol).toArray(String[]::new));
    }

    @Test
    void theCatalogFindsOurSixStepsAndTheBuilderByTheirSymbols() {
        Map<String, StepModel.Kind> kinds = CATALOG.models().stream()
                .collect(Collectors.toMap(StepModel::symbol, StepModel::kind));

        assertThat(kinds).containsOnlyKeys("azureMigrationValidate", "azureMigrationAgents", "azureMigrationDnsCheck",
                "azureMigrationRoles", "azureMigrationCopy", "azureMigrationWave", "runAzureMigrationWave");
        assertThat(kinds.get("runAzureMigrationWave")).isEqualTo(StepModel.Kind.BUILDER);
        assertThat(CATALOG.bySymbol("runAzureMigrationWave").orElseThrow().type()).isEqualTo(WaveBuilder.class);
        assertThat(CATALOG.bySymbol("runAzureMigrationWave").orElseThrow().positionalTarget().name())
                .isEqualTo("wave");
        assertThat(CATALOG.bySymbol("azureMigrationCopy").orElseThrow().parameters()).extracting(StepParameter::name)
                .as("setters of CopyingStepBase, WaveStepBase and WaveInputStep count for the copy step")
                .contains("batchSize", "storageCredentialsId", "credentialsId", "unstableOnFailure", "wave",
                        "definition")
                .doesNotContain("dryRun", "stages");
    }

    /** Pipeline calls a step by StepDescriptor.getFunctionName(): the gate relies on it being the symbol. */
    @Test
    void eachStepIsCalledByItsSymbol() throws Exception {
        for (Class<?> descriptor : CATALOG.descriptors()) {
            if (!StepDescriptor.class.isAssignableFrom(descriptor)) {
                continue;
            }
            var constructor = descriptor.getDeclaredConstructor();
            constructor.setAccessible(true);
            String functionName = ((StepDescriptor) constructor.newInstance()).getFunctionName();
            assertThat(List.of(descriptor.getAnnotation(org.jenkinsci.Symbol.class).value()))
                    .as(descriptor.getName()).containsExactly(functionName);
        }
    }
}
