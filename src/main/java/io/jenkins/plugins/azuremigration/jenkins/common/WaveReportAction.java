package io.jenkins.plugins.azuremigration.jenkins.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.model.Run;
import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.CopyStatus;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import io.jenkins.plugins.azuremigration.engine.copy.ProgressPrinter;
import io.jenkins.plugins.azuremigration.engine.report.StageOutcome;
import io.jenkins.plugins.azuremigration.engine.report.WaveResults;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.jenkins.plugins.azuremigration.jenkins.Messages;
import jenkins.model.RunAction2;

/**
 * One step's results on the build: counts and stage outcomes for the build page ({@code summary.jelly}), and its own
 * page listing every machine ({@code index.jelly}). Only the counts live in {@code build.xml}; the per-machine rows
 * are read on demand from the copy of {@code wave-report.json} kept in the build's folder, like the junit plugin
 * keeps its results beside {@code build.xml}.
 */
public class WaveReportAction implements RunAction2 {
    static final String FOLDER = "azure-migration-wave";

    private final int index;
    private final String step;
    private final String wave;
    private final String verdict;
    private final LinkedHashMap<String, String> stages = new LinkedHashMap<>();
    private final int machinesOk;
    private final int machinesFailed;
    private final int machinesSkipped;
    private final int machinesLeft;
    private final long bytesSent;
    private volatile boolean reportsArchived;
    private transient Run<?, ?> run;

    public WaveReportAction(int index, String step, WaveResults results, StepVerdict verdict) {
        this.index = index;
        this.step = step;
        this.wave = results.wave();
        this.verdict = verdict.kind().name();
        for (StageOutcome outcome : results.stages()) {
            stages.put(outcome.stage().id(), outcome.status().name());
        }
        CopyReport copy = results.copy();
        this.machinesOk = copy == null ? 0 : (int) copy.count(CopyStatus.SUCCEEDED);
        this.machinesFailed = copy == null ? 0 : (int) copy.count(CopyStatus.FAILED);
        this.machinesSkipped = copy == null ? 0 : (int) copy.count(CopyStatus.SKIPPED);
        this.machinesLeft = copy == null ? 0 : (int) (copy.count(CopyStatus.STOPPED)
                + copy.count(CopyStatus.NOT_ATTEMPTED));
        this.bytesSent = copy == null ? 0 : copy.machines().stream().mapToLong(MachineResult::bytesSent).sum();
    }

    @Override
    public String getIconFileName() {
        return "clipboard.png";
    }

    @Override
    public String getDisplayName() {
        return Messages.reportActionName(wave, step);
    }

    @Override
    public String getUrlName() {
        return "azure-migration-" + index;
    }

    @Override
    public void onAttached(Run<?, ?> attachedTo) {
        this.run = attachedTo;
    }

    @Override
    public void onLoad(Run<?, ?> loadedWith) {
        this.run = loadedWith;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    public String getStep() {
        return step;
    }

    public String getWave() {
        return wave;
    }

    public String getVerdict() {
        return verdict;
    }

    public Map<String, String> getStages() {
        return stages;
    }

    public int getMachinesOk() {
        return machinesOk;
    }

    public int getMachinesFailed() {
        return machinesFailed;
    }

    public int getMachinesSkipped() {
        return machinesSkipped;
    }

    public int getMachinesLeft() {
        return machinesLeft;
    }

    public String getBytesSent() {
        return ProgressPrinter.bytes(bytesSent);
    }

    /** The reports are among the build's artifacts. */
    void archived() {
        reportsArchived = true;
    }

    public boolean isReportsArchived() {
        return reportsArchived;
    }

    /** The HTML report among the build's artifacts (archived under this action's URL name), from the build's page. */
    public String getHtmlReportUrl() {
        return "artifact/" + getUrlName() + "/wave-report.html";
    }

    /** Where this action's copy of the JSON report lives: the build's folder, never the workspace. */
    static File jsonFile(File buildFolder, int index) {
        return new File(new File(buildFolder, FOLDER), index + "/wave-report.json");
    }

    /** One row per machine of the copy (name, status, batch, bytesSent, durationSeconds, error), read on demand. */
    public List<Map<String, Object>> getMachines() throws IOException {
        return run == null ? List.of() : machineRows(jsonFile(run.getRootDir(), index));
    }

    static List<Map<String, Object>> machineRows(File json) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (!json.isFile()) {
            return rows;
        }
        JsonNode machines = new ObjectMapper().readTree(json).path("copy").path("machines");
        for (JsonNode machine : machines) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", machine.path("name").asText());
            row.put("status", machine.path("status").asText());
            row.put("batch", machine.path("batch").asInt());
            row.put("bytesSent", ProgressPrinter.bytes(machine.path("bytesSent").asLong()));
            row.put("durationSeconds", machine.path("durationSeconds").isNull() ? ""
                    : String.valueOf(machine.path("durationSeconds").asLong()));
            row.put("error", machine.path("error").isNull() ? "" : machine.path("error").asText());
            rows.add(row);
        }
        return rows;
    }
}
