package io.jenkins.plugins.azuremigration.jenkins.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.build.JenkinsApiReference;
import io.jenkins.plugins.azuremigration.jenkins.validate.ValidateWaveStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Views" run-time gate: what Jenkins would refuse or render wrongly in our Jelly views, checked without Jenkins
 * (see docs/jenkins-api.md, "Jelly views gate"). JellyFormsTest checks the forms' fields and help; this checks tags,
 * attributes and expressions of every view.
 */
class JellyViewsGateTest {
    private static final String ROOT = "io/jenkins/plugins/azuremigration/jenkins";
    private static final String REPORT_PAGE = "common/WaveReportAction/index.jelly";
    private static final String MACHINE_ROWS = "a row of WaveReportAction.getMachines(): the keys machineRows writes"
            + " (name, status, batch, bytesSent, durationSeconds, error), which WaveRunCallableTest reads back";

    /** What the gate cannot verify, each with why it is right. Unused entries fail the test. */
    static final List<GateReport.Allowance> ALLOWED = List.of(
            new GateReport.Allowance(REPORT_PAGE, "machine.name", MACHINE_ROWS),
            new GateReport.Allowance(REPORT_PAGE, "machine.status", MACHINE_ROWS),
            new GateReport.Allowance(REPORT_PAGE, "machine.batch", MACHINE_ROWS),
            new GateReport.Allowance(REPORT_PAGE, "machine.bytesSent", MACHINE_ROWS),
            new GateReport.Allowance(REPORT_PAGE, "machine.durationSeconds", MACHINE_ROWS),
            new GateReport.Allowance(REPORT_PAGE, "machine.error", MACHINE_ROWS),
            new GateReport.Allowance(REPORT_PAGE, "<st:include page=\"sidepanel.jelly\" it=\"${it.run}\">",
                    "hudson.model.Run has no sidepanel.jelly, but the two run classes this plugin's steps run in have"
                            + " one: AbstractBuild (freestyle, core) and WorkflowRun (Pipeline, workflow-job);"
                            + " see the subclass-view lines of jelly-taglibs-2.516.txt"));

    private static TagLibraryReference taglibs;
    private static TypeModel types;
    private static DescriptorLookup descriptors;

    @BeforeAll
    static void loadReferences() throws Exception {
        taglibs = TagLibraryReference.load();
        types = new TypeModel(JenkinsApiReference.load(), taglibs.functions());
        descriptors = new DescriptorLookup(Path.of(ValidateWaveStep.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()), ROOT);
    }

    private static GateReport check(Path resources, List<GateReport.Allowance> allowed) throws Exception {
        return new JellyViewsGate(resources, taglibs, types, descriptors, new GateReport(allowed)).checkAll();
    }

    @Test
    void everyViewUsesRealTagsAndResolvableExpressions() throws Exception {
        Path resources = Path.of("src", "main", "resources");
        GateReport report = check(resources, ALLOWED);

        assertThat(report.problems()).isEmpty();
        assertThat(report.unusedAllowances()).as("allowances that no longer match anything").isEmpty();
        try (Stream<Path> files = Files.walk(resources)) {
            assertThat(report.files()).isEqualTo(files.filter(p -> p.toString().endsWith(".jelly")).count());
        }
        assertThat(report.tags()).isGreaterThan(50);
        assertThat(report.expressions()).isGreaterThan(20);
        System.out.println(report.summary() + "; " + taglibs.tagCount() + " tags known");
    }

    @Test
    void theTagListsCoverTheLibrariesTheViewsUse() {
        for (String namespace : List.of("jelly:core", "jelly:stapler", "/lib/form", "/lib/layout", "/lib/hudson",
                "/lib/credentials")) {
            assertThat(taglibs.hasLibrary(namespace)).as(namespace).isTrue();
        }
        assertThat(taglibs.tag("/lib/form", "entry")).isNotNull();
        assertThat(taglibs.tag("jelly:stapler", "include").attributes()).contains("page", "it", "class", "optional");
        assertThat(taglibs.tag("/lib/hudson", "summary").attributes()).containsExactlyInAnyOrder("icon", "href",
                "iconOnly", "permission");
        assertThat(taglibs.tag("/lib/form", "no-such-tag")).isNull();
    }

    @Test
    void reportsAMissingHeaderAnUnknownTagAttributeAndProperty(@TempDir Path resources) throws Exception {
        write(resources, REPORT_PAGE.replace("index", "summary"), """
                <j:jelly xmlns:j="jelly:core" xmlns:t="/lib/hudson" xmlns:x="/lib/nothing">
                  <t:sumary icon="clipboard.png">${it.displayName}</t:sumary>
                  <t:summary icon="clipboard.png" hreff="x">${it.verdikt}</t:summary>
                  <j:forEach var="stage" items="${it.stages.entrySet()}">
                    ${stage.key} ${stage.kee} ${it.stages.containsKey('copy', 2)}
                  </j:forEach>
                  ${stage.key} ${%Not translated} <x:y/> ${it.run.nope}
                </j:jelly>
                """);

        List<String> problems = check(resources, List.of()).problems();

        String view = ROOT + "/" + REPORT_PAGE.replace("index", "summary");
        assertThat(problems).containsExactlyInAnyOrder(
                view + ":1: the first line must be <?jelly escape-by-default='true'?> (else ${...} output is not escaped)",
                view + ":2: <t:sumary>: Jenkins 2.516 has no tag 'sumary' in /lib/hudson",
                view + ":3: <t:summary>: attribute 'hreff' is not one of [href, icon, iconOnly, permission]",
                view + ":3: 'it.verdikt': no getter getVerdikt()/isVerdikt(), public field or Map key 'verdikt' on"
                        + " WaveReportAction",
                view + ":5: 'stage.kee': no getter getKee()/isKee(), public field or Map key 'kee' on"
                        + " Map$Entry<String, String>",
                view + ":5: 'it.stages.containsKey('copy', 2)': no public method containsKey with 2 argument(s) on"
                        + " Map<String, String>",
                view + ":7: variable 'stage' is not defined in this view (Stapler gives it only"
                        + " it/instance/descriptor/app/h/rootURL as its role has them; j:set and j:forEach add more)",
                view + ":7: %Not translated is not in this view's .properties (Stapler reads only <view>.properties"
                        + " and would print the key itself)",
                view + ":7: <x:y>: namespace '/lib/nothing' is no tag library of jelly-taglibs-2.516.txt",
                view + ":7: 'it.run.nope': no getter getNope()/isNope(), public field or Map key 'nope' on"
                        + " hudson.model.Run");
    }

    @Test
    void aConfigViewSeesItsInstanceAndDescriptorButNoIt(@TempDir Path resources) throws Exception {
        write(resources, "dns/DnsCheckStep/config.jelly", JellyViewsGate.ESCAPE + """

                <j:jelly xmlns:j="jelly:core" xmlns:f="/lib/form">
                  <f:entry field="dnsServer" title="${descriptor.displayName} ${descriptor.clazz}">
                    <f:textbox value="${instance.dnsServer}"/>
                  </f:entry>
                  ${instance.dnsSrever} ${descriptor.functionNam} ${it.x} ${instance.wave.length()} ${h.nope()}
                  <j:set var="context" value="${descriptor.requiredContext}"/>
                  <j:forEach var="c" items="${context}">${c.simpleName} ${c.nope()} ${nothing.foo}</j:forEach>
                  <f:entry field="x" title="${app.proxy.name} ${app.nope}"/>
                </j:jelly>
                """);
        write(resources, "dns/DnsCheckStep/orphan.jelly", JellyViewsGate.ESCAPE + "\n<p/>\n");

        List<String> problems = check(resources, List.of()).problems();

        String view = ROOT + "/dns/DnsCheckStep/config.jelly";
        assertThat(problems).containsExactlyInAnyOrder(
                view + ":6: 'instance.dnsSrever': no getter getDnsSrever()/isDnsSrever(), public field or Map key"
                        + " 'dnsSrever' on DnsCheckStep",
                view + ":6: 'descriptor.functionNam': no getter getFunctionNam()/isFunctionNam(), public field or Map"
                        + " key 'functionNam' on DnsCheckStep$DescriptorImpl",
                view + ":6: variable 'it' is not defined in this view (Stapler gives it only"
                        + " it/instance/descriptor/app/h/rootURL as its role has them; j:set and j:forEach add more)",
                view + ":6: 'h.nope()': no public method nope with 0 argument(s) on hudson.Functions",
                view + ":8: 'c.nope()': no public method nope with 0 argument(s) on Class<Object>",
                view + ":8: variable 'nothing' is not defined in this view (Stapler gives it only"
                        + " it/instance/descriptor/app/h/rootURL as its role has them; j:set and j:forEach add more)",
                view + ":9: 'app.nope': no getter getNope()/isNope(), public field or Map key 'nope' on"
                        + " jenkins.model.Jenkins",
                ROOT + "/dns/DnsCheckStep/orphan.jelly:1: neither a config.jelly, nor a page of an Action, nor"
                        + " included by one: the gate cannot know what it renders");
    }

    @Test
    void aMapKeyOrAnUnknownTypeNeedsAnAllowanceWithAReason(@TempDir Path resources) throws Exception {
        write(resources, REPORT_PAGE, JellyViewsGate.ESCAPE + """

                <j:jelly xmlns:j="jelly:core">
                  <j:forEach var="machine" items="${it.machines}">${machine.name}</j:forEach>
                  <j:new var="thing" className="java.lang.Object"/>${thing.foo}
                </j:jelly>
                """);
        String view = ROOT + "/" + REPORT_PAGE;

        assertThat(check(resources, List.of()).problems()).containsExactlyInAnyOrder(
                view + ":3: 'machine.name' cannot be verified (a key of Map<String, Object>: which keys the Map holds"
                        + " is only known at run time); allow it with a reason in JellyViewsGateTest.ALLOWED or make"
                        + " it checkable",
                view + ":4: 'thing.foo' cannot be verified (set by <j:new>); allow it with a reason in"
                        + " JellyViewsGateTest.ALLOWED or make it checkable");
        GateReport allowed = check(resources, List.of(new GateReport.Allowance(REPORT_PAGE, "machine.name", "test"),
                new GateReport.Allowance(REPORT_PAGE, "thing.foo", "test"),
                new GateReport.Allowance(REPORT_PAGE, "stale", "test")));
        assertThat(allowed.problems()).isEmpty();
        assertThat(allowed.unusedAllowances()).extracting(GateReport.Allowance::expression).containsExactly("stale");
    }

    private static void write(Path resources, String view, String text) throws Exception {
        Path file = resources.resolve(ROOT).resolve(view);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
