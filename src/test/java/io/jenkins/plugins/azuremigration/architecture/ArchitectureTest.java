package io.jenkins.plugins.azuremigration.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering that keeps the engine testable without Jenkins: rules as tests, as warnings-ng does. */
class ArchitectureTest {
    private static final String ROOT = "io.jenkins.plugins.azuremigration";
    private static final String[] JENKINS_PACKAGES = {"hudson..", "jenkins..", "org.kohsuke..", "org.jenkinsci..",
        "com.cloudbees..", "net.sf.json.."};

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void productionClassesWereImported() {
        org.assertj.core.api.Assertions.assertThat(production.stream()
                .filter(c -> c.getPackageName().startsWith(ROOT + ".engine"))).hasSizeGreaterThan(10);
    }

    @Test
    void engineHasNoJenkinsTypes() {
        ArchRule rule = noClasses().that().resideInAPackage(ROOT + ".engine..")
                .should().dependOnClassesThat().resideInAnyPackage(JENKINS_PACKAGES)
                .because("the engine runs outside Jenkins (bin/wave) and is tested against real services");
        rule.check(production);
    }

    @Test
    void engineDoesNotReachIntoTheJenkinsLayer() {
        noClasses().that().resideInAPackage(ROOT + ".engine..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".jenkins..")
                .check(production);
    }

    @Test
    void onlyTheJenkinsLayerAndEngineExist() {
        classes().should().resideInAnyPackage(ROOT + ".engine..", ROOT + ".jenkins..")
                .because("the plugin jar holds the engine and its thin Jenkins adapter, nothing else")
                .check(production);
    }

    @Test
    void enginePackagesHaveNoCycles() {
        slices().matching(ROOT + ".engine.(*)..").should().beFreeOfCycles()
                .because("each engine package is a layer the ones above it use, never the reverse")
                .check(production);
    }

    @Test
    void noJunitOrTestFixturesInProduction() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.junit..", "org.assertj..", ROOT + ".fixtures..", ROOT + ".cli..")
                .check(production);
    }
}
