package io.jenkins.plugins.azuremigration.jenkins.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate can fail: small bad Jenkinsfiles, each problem reported at its line. */
class PipelineExamplesGateCheckerTest {
    private static final PipelineExamplesGate GATE = new PipelineExamplesGate(StepCatalog.ofCompiledClasses());

    private static List<String> problems(String script) {
        return GATE.check(List.of(new PipelineSource("Jenkinsfile.bad", 0, script, false))).findings().stream()
                .map(Finding::toString).toList();
    }

    @Test
    void aTypoInAParameterNameIsReportedWithTheNameItMeant() {
        assertThat(problems("""
                node {
                    azureMigrationCopy(wave: 'w.yaml',
                                       credentialId: 'azure-sp')
                }
                """)).containsExactly("Jenkinsfile.bad:3: azureMigrationCopy: unknown parameter 'credentialId';"
                + " did you mean 'credentialsId'? (Jenkins would drop it with only a WARNING)");
    }

    @Test
    void aStringThatIsNoNumberForAnIntIsReported() {
        assertThat(problems("azureMigrationCopy wave: 'w.yaml', batchSize: 'ten'\n")).singleElement().asString()
                .startsWith("Jenkinsfile.bad:1: azureMigrationCopy: batchSize expects int but gets String 'ten'");
        assertThat(problems("azureMigrationCopy wave: 'w.yaml', batchSize: '10', capMbps: 400L\n"))
                .as("structs' coerceStringToNumber, and Groovy's Long to int").isEmpty();
        assertThat(problems("azureMigrationCopy wave: 'w.yaml', capMbps: 1.5\n")).singleElement().asString()
                .contains("capMbps expects int but gets 1.5, which Groovy would silently truncate to 1");
    }

    @Test
    void aQuotedYesForABooleanIsReported() {
        assertThat(problems("""
                azureMigrationRoles(wave: 'w.yaml',
                    dryRun: 'yes')
                """)).singleElement().asString()
                .startsWith("Jenkinsfile.bad:2: azureMigrationRoles: dryRun expects boolean but gets String 'yes'");
        assertThat(problems("azureMigrationRoles wave: 'w.yaml', dryRun: true, revoke: params.REVOKE\n")).isEmpty();
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLine() {
        assertThat(problems("""
                pipeline {
                    stages {
                        stage('Copy') {
                            steps { azureMigrationCopy(wave: 'w.yaml' }
                        }
                    }
                }
                """)).singleElement().asString().startsWith("Jenkinsfile.bad:4: Groovy syntax error:");
    }

    @Test
    void aMarkdownBlockIsReportedAtTheLineOfTheMarkdownFile() {
        String markdown = "# Title\n\nText.\n\n```groovy\nnode {\n"
                + "    azureMigrationWave(wave: 'w.yaml', dryRun: 'no')\n}\n```\n";
        List<PipelineSource> blocks = MarkdownGroovyBlocks.of("docs/x.md", markdown);

        assertThat(GATE.check(blocks).findings()).extracting(Finding::toString).singleElement().asString()
                .startsWith("docs/x.md:7: azureMigrationWave: dryRun expects boolean");
        assertThat(GATE.check(MarkdownGroovyBlocks.of("docs/y.md", "```groovy\nnode {\n```\n")).findings())
                .extracting(Finding::toString).singleElement().asString().startsWith("docs/y.md:");
    }

    @Test
    void listsMapsAndStringsMustMatchTheirParameters() {
        assertThat(problems("azureMigrationCopy wave: 'w.yaml', machines: 'web01'\n")).singleElement().asString()
                .contains("machines expects List<String> but gets String 'web01'");
        assertThat(problems("azureMigrationCopy wave: 'w.yaml', machines: ['web01', 2]\n")).singleElement().asString()
                .contains("machines expects List<String>, but an element expects String but gets Integer 2");
        assertThat(problems("azureMigrationWave definition: 'wave-07'\n")).singleElement().asString()
                .contains("definition expects Map<String, Object> but gets String 'wave-07'");
        assertThat(problems("azureMigrationWave out: 7, wave: 'w.yaml'\n")).singleElement().asString()
                .contains("out expects String but gets Integer 7");
        assertThat(problems("azureMigrationWave(definition: [name: 'w', copy: [batchSize: 3]], stages: ['dns'],"
                + " out: \"reports/${env.BUILD_ID}\", credentialsId: params.CRED)\n")).isEmpty();
    }

    @Test
    void anUnnamedArgumentBindsOnlyToASoleRequiredParameter() {
        assertThat(problems("runAzureMigrationWave 'waves/wave-07.yaml'\n")).as("WaveBuilder(String wave)").isEmpty();
        assertThat(problems("runAzureMigrationWave 7\n")).singleElement().asString()
                .contains("runAzureMigrationWave: wave expects String but gets Integer 7");
        assertThat(problems("azureMigrationWave 'waves/wave-07.yaml'\n")).singleElement().asString()
                .isEqualTo("Jenkinsfile.bad:1: azureMigrationWave takes named arguments only (an unnamed argument"
                        + " binds only to a sole required parameter, and it has 0 required parameters)");
        assertThat(problems("azureMigrationWave('a.yaml', 'b.yaml')\n")).singleElement().asString()
                .contains("takes named arguments only");
        assertThat(problems("azureMigrationWave(wave: 'w.yaml') { echo 'x' }\n")).singleElement().asString()
                .contains("takes no block");
    }

    @Test
    void theBuildersRequiredWaveAndItsTextFieldsAreChecked() {
        assertThat(problems("runAzureMigrationWave credentialsId: 'azure-sp'\n")).singleElement().asString()
                .isEqualTo("Jenkinsfile.bad:1: runAzureMigrationWave: required parameter 'wave' (String) is missing");
        assertThat(problems("step([$class: 'WaveBuilder', wave: 'w.yaml', batchSize: 10])\n")).singleElement()
                .asString().contains("step([$class: 'WaveBuilder']): batchSize expects String but gets Integer 10");
        assertThat(problems("""
                step $class: 'io.jenkins.plugins.azuremigration.jenkins.freestyle.WaveBuilder',
                     batchSize: '10'
                """)).singleElement().asString().contains("required parameter 'wave' (String) is missing");
        assertThat(problems("step([$class: 'JUnitResultArchiver', testResults: '*.xml'])\n"))
                .as("other plugins' builders are not ours to check").isEmpty();
    }

    @Test
    void aRenamedStepAndAnExampleWithoutOurStepsAreReported() {
        assertThat(problems("node { azureMigrationCopyDisks(wave: 'w.yaml') }\n")).singleElement().asString()
                .startsWith("Jenkinsfile.bad:1: azureMigrationCopyDisks is not one of our steps");
        PipelineSource example = new PipelineSource("docs/examples/Jenkinsfile.x", 0, "node { echo 'hi' }\n", true);
        assertThat(GATE.check(List.of(example)).findings()).extracting(Finding::toString).singleElement().asString()
                .startsWith("docs/examples/Jenkinsfile.x:1: an example that calls none of our steps");
    }

    @Test
    void itCountsWhatItChecked() {
        PipelineExamplesGate.Result result = GATE.check(List.of(new PipelineSource("J", 0, """
                def wave = azureMigrationValidate(wave: 'w.yaml')
                script { azureMigrationCopy(wave: 'w.yaml', batchSize: 5, machines: ['web01']) }
                def helper() { steps.azureMigrationDnsCheck wave: 'w.yaml' }
                """, true)));

        assertThat(result.findings()).isEmpty();
        assertThat(result.stepCalls()).isEqualTo(3);
        assertThat(result.arguments()).isEqualTo(5);
    }
}
