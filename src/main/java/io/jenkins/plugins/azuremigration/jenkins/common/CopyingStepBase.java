package io.jenkins.plugins.azuremigration.jenkins.common;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The parameters of the steps that copy: the storage secret, which machines, and the copy overrides of the wave's
 * {@code copy} section (batch size, bandwidth cap, window end).
 */
public abstract class CopyingStepBase extends WaveStepBase {
    private String storageCredentialsId;
    private List<String> machines = List.of();
    private int batchSize;
    private int capMbps = -1;
    private String stopAt;

    public String getStorageCredentialsId() {
        return storageCredentialsId;
    }

    /** Secret text with a storage connection string or SAS; blank: the wave's storage settings. */
    @DataBoundSetter
    public void setStorageCredentialsId(String storageCredentialsId) {
        this.storageCredentialsId = StageRequest.blankToNull(storageCredentialsId);
    }

    public List<String> getMachines() {
        return machines;
    }

    /** Copy only these machines of the wave (by name); empty: all of them. */
    @DataBoundSetter
    public void setMachines(List<String> machines) {
        this.machines = machines == null ? List.of() : new ArrayList<>(machines);
    }

    public int getBatchSize() {
        return batchSize;
    }

    /** 1 to 10 machines at a time; 0 keeps the wave's {@code copy.batchSize}. */
    @DataBoundSetter
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public int getCapMbps() {
        return capMbps;
    }

    /** The wave's bandwidth cap in Mbit/s, 0 for none; -1 keeps the wave's {@code copy.capMbps}. */
    @DataBoundSetter
    public void setCapMbps(int capMbps) {
        this.capMbps = capMbps;
    }

    public String getStopAt() {
        return stopAt;
    }

    /** The window's end, {@code HH:mm} on the agent's clock; blank keeps the wave's {@code copy.stopAt}. */
    @DataBoundSetter
    public void setStopAt(String stopAt) {
        this.stopAt = StageRequest.blankToNull(stopAt);
    }

    protected LocalTime stopAtTime() {
        return StageRequest.parseStopAt(stopAt);
    }
}
