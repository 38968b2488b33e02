package io.jenkins.plugins.azuremigration.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Jenkins layer's security rules, as warnings-ng keeps them: every form endpoint answers POST only and checks a
 * permission before it does anything; and nothing Jenkins saves (steps, executions, builders, build actions, and
 * what they hold) keeps a secret; and credentials drop-downs list as the job's authentication, not the viewer's.
 */
class JenkinsLayerRulesTest {
    private static final String JENKINS_LAYER = "io.jenkins.plugins.azuremigration.jenkins..";
    private static final String FORM_ENDPOINTS = "io.jenkins.plugins.azuremigration.jenkins.common.FormEndpoints";
    private static final Set<String> SECRET_TYPES = Set.of(
            "io.jenkins.plugins.azuremigration.jenkins.common.AzureAccess",
            "io.jenkins.plugins.azuremigration.jenkins.common.ProxySettings",
            "io.jenkins.plugins.azuremigration.engine.wave.SecretValue",
            "hudson.util.Secret",
            "com.azure.core.credential.TokenCredential");
    private static final Set<String> SAVED_BY_JENKINS = Set.of(
            "org.jenkinsci.plugins.workflow.steps.Step",
            "org.jenkinsci.plugins.workflow.steps.StepExecution",
            "hudson.tasks.Builder",
            "jenkins.model.RunAction2");
    private static final String LIST_BOX_MODEL =
            "com.cloudbees.plugins.credentials.common.AbstractIdCredentialsListBoxModel";
    private static final String COMMON = "io.jenkins.plugins.azuremigration.jenkins.common.";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.jenkins.plugins.azuremigration");
    }

    private static final DescribedPredicate<JavaMethod> FORM_ENDPOINT = new DescribedPredicate<>(
            "named doCheck* or doFill*") {
        @Override
        public boolean test(JavaMethod method) {
            return method.getName().startsWith("doCheck") || method.getName().startsWith("doFill");
        }
    };

    /** Calls checkPermission or hasPermission itself. */
    static boolean checksPermissionItself(JavaMethod method) {
        return method.getMethodCallsFromSelf().stream().anyMatch(call ->
                call.getName().equals("checkPermission") || call.getName().equals("hasPermission"));
    }

    /** Checks a permission itself, or returns what a FormEndpoints method (which checks itself) answers. */
    private static final ArchCondition<JavaMethod> CHECK_A_PERMISSION = new ArchCondition<>(
            "check a permission, itself or through FormEndpoints") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean checks = checksPermissionItself(method) || method.getMethodCallsFromSelf().stream()
                    .filter(call -> call.getTargetOwner().getName().equals(FORM_ENDPOINTS))
                    .map(call -> call.getTarget().resolveMember())
                    .anyMatch(target -> target.isPresent() && checksPermissionItself(target.get()));
            events.add(new SimpleConditionEvent(method, checks, method.getFullName()
                    + (checks ? " checks a permission" : " checks no permission")));
        }
    };

    @Test
    void everyFormEndpointsMethodChecksAPermissionItself() {
        methods().that().areDeclaredIn(FORM_ENDPOINTS).and().arePublic()
                .should(new ArchCondition<JavaMethod>("call checkPermission or hasPermission itself") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        events.add(new SimpleConditionEvent(method, checksPermissionItself(method),
                                method.getFullName()));
                    }
                }).check(production);
    }

    @Test
    void formEndpointsArePostOnlyAndCheckAPermission() {
        long endpoints = production.stream().flatMap(c -> c.getMethods().stream()).filter(FORM_ENDPOINT).count();
        assertThat(endpoints).as("form endpoints found").isGreaterThanOrEqualTo(10);

        methods().that(FORM_ENDPOINT).and().areDeclaredInClassesThat().resideInAPackage(JENKINS_LAYER)
                .should().beAnnotatedWith("org.kohsuke.stapler.verb.POST")
                .andShould(CHECK_A_PERMISSION)
                .because("a GET endpoint or one without a permission check lets anyone list credentials or probe")
                .check(production);
    }

    private static final DescribedPredicate<JavaField> OF_A_CLASS_JENKINS_SAVES = new DescribedPredicate<>(
            "declared in a step, step execution, builder, build action or a type they hold") {
        @Override
        public boolean test(JavaField field) {
            return savedByJenkins(field.getOwner());
        }
    };

    static boolean savedByJenkins(JavaClass type) {
        return type.getAllRawSuperclasses().stream().anyMatch(s -> SAVED_BY_JENKINS.contains(s.getName()))
                || type.getAllRawInterfaces().stream().anyMatch(i -> SAVED_BY_JENKINS.contains(i.getName()))
                || type.getName().endsWith(".StageRequest") || type.getName().endsWith(".StageRequest$Connection")
                || type.getName().endsWith(".WaveSource");
    }

    @Test
    void nothingJenkinsSavesHoldsASecret() {
        assertThat(production.stream().filter(JenkinsLayerRulesTest::savedByJenkins).count()).isGreaterThan(10);

        fields().that(OF_A_CLASS_JENKINS_SAVES).and().areNotStatic()
                .should(new ArchCondition<>("be transient or not hold a secret type") {
                    @Override
                    public void check(JavaField field, ConditionEvents events) {
                        boolean secret = SECRET_TYPES.contains(field.getRawType().getName());
                        boolean ok = !secret || field.getModifiers().contains(JavaModifier.TRANSIENT);
                        events.add(new SimpleConditionEvent(field, ok, field.getFullName() + " of type "
                                + field.getRawType().getName()));
                    }
                })
                .because("build.xml and program.dat are plain files on the controller; secrets are looked up by id")
                .check(production);
    }

    /**
     * In credentials-plugin 1487.va_d001ede2c31 (ad001ede2c31), {@code include(Item, ...)} and
     * {@code includeMatching(Item, ...)} list as {@code Jenkins.getAuthentication2()}, the user viewing the form
     * (AbstractIdCredentialsListBoxModel lines 477, 496), whom the global and folder stores answer with nothing.
     */
    private static final DescribedPredicate<JavaMethodCall> LISTING_AS_THE_VIEWER = new DescribedPredicate<>(
            "AbstractIdCredentialsListBoxModel.include or includeMatching (they list as the viewing user)") {
        @Override
        public boolean test(JavaMethodCall call) {
            return call.getTargetOwner().isAssignableTo(LIST_BOX_MODEL)
                    && Set.of("include", "includeMatching").contains(call.getName());
        }
    };

    @Test
    void credentialsDropDownsListAsTheJobNotAsTheViewer() {
        noClasses().should().callMethodWhere(LISTING_AS_THE_VIEWER)
                .because("the form must offer the credentials the job's builds can use (credentials plugin's"
                        + " docs/consumer.adoc: list as Tasks.getAuthenticationOf2(task), or ACL.SYSTEM2)")
                .check(production);

        assertThat(accessed(COMMON + "ListingAuthentication"))
                .as("the authentication is the job's, or SYSTEM for an item that never builds")
                .contains("hudson.model.queue.Tasks.getAuthenticationOf2(hudson.model.Queue$Task)",
                        "hudson.security.ACL.SYSTEM2");
        assertThat(accessed(COMMON + "CredentialsDropDown"))
                .as("Jenkins' drop-down lists as ListingAuthentication.of(Item) says")
                .contains(COMMON + "ListingAuthentication.of(hudson.model.Item)",
                        LIST_BOX_MODEL + ".includeMatchingAs(org.springframework.security.core.Authentication,"
                                + " hudson.model.Item, java.lang.Class, java.util.List,"
                                + " com.cloudbees.plugins.credentials.CredentialsMatcher)");
        for (String dropDown : List.of("azure", "storage")) {
            assertThat(production.get(COMMON + "CredentialsListing").getMethods().stream()
                    .filter(method -> method.getName().equals(dropDown))
                    .flatMap(method -> method.getAccessesFromSelf().stream())
                    .map(access -> access.getTarget().getFullName()))
                    .as("CredentialsListing.%s goes through CredentialsDropDown.JENKINS", dropDown)
                    .contains(COMMON + "CredentialsDropDown.JENKINS");
        }
    }

    /** Every method, constructor and field a class calls, references or reads, lambdas included. */
    private static List<String> accessed(String className) {
        return production.get(className).getAccessesFromSelf().stream()
                .map(JavaAccess::getTarget).map(target -> target.getFullName()).toList();
    }
}
