package io.jenkins.plugins.azuremigration.jenkins.common;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Puts a step's reports where Jenkins users look: the four files archived as build artifacts under
 * {@code azure-migration-N/} (N counts the steps of the build, so steps sharing a report folder keep their own), a
 * copy of the JSON beside {@code build.xml}, and a {@link WaveReportAction} on the build, saved at once.
 */
public final class ReportPublisher {
    static final String[] REPORTS = {"wave-report.xml", "wave-report.json", "wave-report.csv", "wave-report.html"};

    private ReportPublisher() {
    }

    public static WaveReportAction publish(Run<?, ?> run, FilePath workspace, Launcher launcher, TaskListener listener,
            StageRequest request, WaveResults results, StepVerdict verdict) throws IOException, InterruptedException {
        File folder = new File(run.getRootDir(), WaveReportAction.FOLDER);
        FilePath incoming = new FilePath(new File(folder, "incoming-" + UUID.randomUUID() + ".json"));
        WaveReportAction action;
        try {
            incoming.getParent().mkdirs();
            workspace.child(request.out() + "/wave-report.json").copyTo(incoming);
            // parallel branches of one build publish at the same time: the index, its folder and the action go together
            synchronized (run) {
                int index = run.getActions(WaveReportAction.class).size() + 1;
                FilePath json = new FilePath(WaveReportAction.jsonFile(run.getRootDir(), index));
                json.getParent().mkdirs();
                incoming.renameTo(json);
                action = new WaveReportAction(index, request.step(), results, verdict);
                run.addAction(action);
            }
        } finally {
            if (incoming.exists()) {
                incoming.delete();
            }
        }
        Map<String, String> artifacts = new LinkedHashMap<>();
        for (String report : REPORTS) {
            if (workspace.child(request.out() + "/" + report).exists()) {
                artifacts.put(action.getUrlName() + "/" + report, request.out() + "/" + report);
            }
        }
        run.pickArtifactManager().archive(workspace, launcher, new ListenerAdapter(listener), artifacts);
        // only now does the summary link to the archived report; a step stopped in between says it was not archived
        action.archived();
        run.save();
        listener.getLogger().println(request.step() + ": reports archived as " + String.join(", ", artifacts.keySet()));
        return action;
    }
}
