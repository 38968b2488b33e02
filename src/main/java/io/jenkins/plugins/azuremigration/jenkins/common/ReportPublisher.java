package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a step's reports where Jenkins users look: the four files archived as build artifacts (through the build's
 * artifact manager, so external artifact storage works), a copy of the JSON beside {@code build.xml}, and a
 * {@link WaveReportAction} on the build.
 */
public final class ReportPublisher {
    static final String[] REPORTS = {"wave-report.xml", "wave-report.json", "wave-report.csv", "wave-report.html"};

    private ReportPublisher() {
    }

    public static WaveReportAction publish(Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener,
            StageRequest request, WaveResults results, StepVerdict verdict) throws IOException, InterruptedException {
        Map<String, String> artifacts = new LinkedHashMap<>();
        for (String report : REPORTS) {
            if (workspace.child(request.out() + "/" + report).exists()) {
                artifacts.put(request.out() + "/" + report, request.out() + "/" + report);
            }
        }
        run.pickArtifactManager().archive(workspace, launcher, new ListenerAdapter(listener), artifacts);
        int index = run.getActions(WaveReportAction.class).size() + 1;
        FilePath json = new FilePath(WaveReportAction.jsonFile(run.getRootDir(), index));
        json.getParent().mkdirs();
        workspace.child(request.out() + "/wave-report.json").copyTo(json);
        WaveReportAction action = new WaveReportAction(index, request.step(), request.out(), results, verdict);
        run.addAction(action);
        listener.getLogger().println(request.step() + ": reports archived: " + String.join(", ", artifacts.keySet()));
        return action;
    }
}
