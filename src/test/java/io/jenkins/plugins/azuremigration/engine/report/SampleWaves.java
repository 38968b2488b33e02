package io.jenkins.plugins.azuremigration.engine.report;

import io.jenkins.plugins.azuremigration.engine.agents.AgentResult;
import io.jenkins.plugins.azuremigration.engine.agents.AgentVerdict;
import io.jenkins.plugins.azuremigration.engine.copy.CopyReport;
import io.jenkins.plugins.azuremigration.engine.copy.CopyStatus;
import io.jenkins.plugins.azuremigration.engine.copy.DiskResult;
import io.jenkins.plugins.azuremigration.engine.copy.MachineResult;
import io.jenkins.plugins.azuremigration.engine.dns.ConnectionState;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckReport;
import io.jenkins.plugins.azuremigration.engine.dns.DnsCheckResult;
import io.jenkins.plugins.azuremigration.engine.dns.ExpectationSource;
import io.jenkins.plugins.azuremigration.engine.dns.ObservedRecord;
import io.jenkins.plugins.azuremigration.engine.dns.Resolution;
import io.jenkins.plugins.azuremigration.engine.dns.Verdict;
import io.jenkins.plugins.azuremigration.engine.report.StageOutcome.Status;
import io.jenkins.plugins.azuremigration.engine.roles.BuiltInRole;
import io.jenkins.plugins.azuremigration.engine.roles.RoleAction;
import io.jenkins.plugins.azuremigration.engine.roles.RoleAssignmentSpec;
import io.jenkins.plugins.azuremigration.engine.roles.RoleOutcome;
import io.jenkins.plugins.azuremigration.engine.wave.BlobType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

/** Wave results as a real night would produce them, built in code so that every test knows exactly what is in them. */
public final class SampleWaves {
    static final Instant NIGHT = Instant.parse("2026-11-27T22:00:00Z");
    static final long GIB = 1024L * 1024 * 1024;
    static final long MIB = 1024L * 1024;
    static final String SUBSCRIPTION = "/subscriptions/5f1c2a8e-0b7d-4c1e-9a55-2f0d6b3c9e11";
    static final String CONTAINER = "https://migcache01.blob.core.windows.net/wave-07";

    private SampleWaves() {
    }

    /** 25 machines in strict batches of ten (three batches), two failures, one held back; every stage ran. */
    public static WaveResults realistic() {
        Random random = new Random(7);
        List<MachineResult> machines = new ArrayList<>();
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        Instant batchStart = NIGHT.plusSeconds(95);
        for (int batch = 1; batch <= 3; batch++) {
            Instant batchEnd = batchStart;
            for (int slot = 0; slot < (batch < 3 ? 10 : 4); slot++) {
                int index = machines.size() + 1;
                String name = (index % 3 == 0 ? "db" : index % 3 == 1 ? "app" : "web") + String.format("%02d", index);
                Instant started = batchStart.plusSeconds(random.nextInt(20));
                long seconds = 300 + random.nextInt(1200);
                Instant finished = started.plusSeconds(seconds);
                batchEnd = finished.isAfter(batchEnd) ? finished : batchEnd;
                CopyStatus status = index == 7 || index == 18 ? CopyStatus.FAILED : CopyStatus.SUCCEEDED;
                machines.add(machine(name, status, batch, started, finished, 1 + index % 3, random,
                        index == 7 ? "disk 2 failed: Put Page failed after 20 tries (last: HTTP 503 ServerBusy) on "
                                + "wave-07/" + name + "/" + name + "-data1.vhd"
                                : index == 18 ? "disk 1: " + name + "-os.vhd is a dynamic VHD; convert it with"
                                        + " 'qemu-img convert -O vpc -o subformat=fixed' and run the wave again"
                                        : null));
                attributes.put(name, machineList(name, "Y"));
            }
            batchStart = batchEnd.plusSeconds(3);
        }
        machines.add(MachineResultBuilder.notRun("legacy-app01", CopyStatus.SKIPPED,
                "OK_TO_MIGRATE is N in machines.csv row 27"));
        attributes.put("legacy-app01", machineList("legacy-app01", "N"));
        Instant copyEnd = batchStart;
        CopyReport copy = new CopyReport("wave-07", NIGHT.plusSeconds(90), copyEnd, machines, null,
                List.of("storage.sas expires at 2026-11-28T05:00:00Z, 1 h before the window closes"));
        return new WaveResults("wave-07", "waves/wave-07.yaml", "AzureCloud", NIGHT, copyEnd.plusSeconds(2), true,
                List.of(new StageOutcome(Stage.AGENTS, Status.FAILED, "1 of 4 agents is not usable"),
                        new StageOutcome(Stage.DNS, Status.FAILED, "1 of 6 names resolves to a public address"),
                        new StageOutcome(Stage.ROLES, Status.FAILED, "1 of 5 assignments failed"),
                        new StageOutcome(Stage.COPY, Status.FAILED, "2 of 25 machines failed")),
                agents(), dns(), roles(), List.of("roles: the vault's identity already had Contributor"), copy,
                attributes);
    }

    /**
     * {@code count} machines copied through a rolling window of ten (a new machine starts when one ends), three
     * disks each; every 97th fails. The window is simulated so that exactly ten run at once most of the night.
     */
    public static WaveResults large(int count) {
        Random random = new Random(1000);
        PriorityQueue<Instant> slots = new PriorityQueue<>();
        for (int i = 0; i < 10; i++) {
            slots.add(NIGHT.plusSeconds(60 + i));
        }
        List<MachineResult> machines = new ArrayList<>();
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        Instant end = NIGHT;
        for (int i = 1; i <= count; i++) {
            String name = String.format("srv-%04d.corp.example.com", i);
            Instant started = slots.poll();
            Instant finished = started.plusSeconds(240 + random.nextInt(900));
            slots.add(finished);
            end = finished.isAfter(end) ? finished : end;
            CopyStatus status = i % 97 == 0 ? CopyStatus.FAILED : CopyStatus.SUCCEEDED;
            machines.add(machine(name, status, (i - 1) / 10 + 1, started, finished, 3, random,
                    status == CopyStatus.FAILED ? "disk 2 failed: verification failed: the blob's Content-MD5"
                            + " differs from the source's" : null));
            attributes.put(name, machineList(name, "Y"));
        }
        CopyReport copy = new CopyReport("wave-big", NIGHT.plusSeconds(60), end, machines, null, List.of());
        return new WaveResults("wave-big", "waves/wave-big.yaml", "AzureCloud", NIGHT, end, false,
                List.of(new StageOutcome(Stage.AGENTS, Status.PASSED, null),
                        new StageOutcome(Stage.DNS, Status.PASSED, null),
                        new StageOutcome(Stage.ROLES, Status.PASSED, null),
                        new StageOutcome(Stage.COPY, Status.FAILED, count / 97 + " machines failed")),
                agents().subList(0, 2), dns(), roles().subList(0, 2), List.of(), copy, attributes);
    }

    /**
     * A night cut short: the agents passed, DNS was skipped on request, roles were not part of the run, and the copy
     * stopped at the window's end with two machines begun and five never reached.
     */
    public static WaveResults partial() {
        Random random = new Random(3);
        List<MachineResult> machines = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            machines.add(machine("ok" + i, CopyStatus.SUCCEEDED, 1, NIGHT.plusSeconds(60 * i),
                    NIGHT.plusSeconds(60 * i + 600), 2, random, null));
        }
        String window = "the window closed at 06:00 (copy.stopAt); the next run resumes";
        machines.add(stopped("big1", NIGHT.plusSeconds(100), NIGHT.plusSeconds(28_800), window));
        machines.add(stopped("big2", NIGHT.plusSeconds(200), NIGHT.plusSeconds(28_800), window));
        for (int i = 1; i <= 5; i++) {
            machines.add(MachineResultBuilder.notRun("later" + i, CopyStatus.NOT_ATTEMPTED,
                    "not reached before the window closed at 06:00"));
        }
        CopyReport copy = new CopyReport("wave-08", NIGHT.plusSeconds(50), NIGHT.plusSeconds(28_801), machines,
                window, List.of());
        return new WaveResults("wave-08", "waves/wave-08.yaml", "AzureCloud", NIGHT, NIGHT.plusSeconds(28_802),
                false, List.of(new StageOutcome(Stage.AGENTS, Status.PASSED, null),
                        new StageOutcome(Stage.DNS, Status.SKIPPED, "skipped on request (--skip dns)"),
                        new StageOutcome(Stage.COPY, Status.STOPPED, window)),
                agents().subList(0, 2), null, List.of(), List.of(), copy, Map.of());
    }

    /** Nothing ran: the wave file was read, then the run was interrupted before any stage. */
    public static WaveResults nothingRan() {
        return new WaveResults("wave-09", "waves/wave-09.yaml", null, NIGHT, null, false,
                List.of(new StageOutcome(Stage.AGENTS, Status.NOT_RUN, "interrupted before the first stage")),
                List.of(), null, List.of(), List.of(), null);
    }

    static Map<String, String> machineList(String name, String ok) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("TARGET_MACHINE_NAME", name + "-az");
        columns.put("TARGET_RESOURCE_GROUP", "rg-wave-07");
        columns.put("TARGET_DISKTYPE", name.startsWith("db") ? "Premium_LRS" : "StandardSSD_LRS");
        columns.put("TAG_KEY", "wave");
        columns.put("TAG_VALUE", "07");
        columns.put("OK_TO_MIGRATE", ok);
        return columns;
    }

    static MachineResult machine(String name, CopyStatus status, int batch, Instant started, Instant finished,
            int diskCount, Random random, String error) {
        List<DiskResult> disks = new ArrayList<>();
        Duration each = Duration.between(started, finished).dividedBy(diskCount);
        for (int d = 1; d <= diskCount; d++) {
            long total = (d == 1 ? 64 : 32 + random.nextInt(4) * 32) * GIB;
            long sent = (long) (total * (0.05 + random.nextDouble() * 0.35)) / 512 * 512;
            boolean failedDisk = status == CopyStatus.FAILED && d == Math.min(2, diskCount);
            String file = name + (d == 1 ? "-os.vhd" : "-data" + (d - 1) + ".vhd");
            disks.add(new DiskResult("disks/" + file, CONTAINER + "/" + name + "/" + file, BlobType.PAGE,
                    failedDisk ? CopyStatus.FAILED : CopyStatus.SUCCEEDED, total, failedDisk ? sent / 3 : sent,
                    total - sent, 0, each, random.nextInt(4), random.nextInt(2),
                    failedDisk ? null : "verified: page ranges, length and Content-MD5 match the source",
                    "upload: Put Page of non-zero ranges from this machine", failedDisk ? error : null));
        }
        return new MachineResult(name, status, batch, started, finished, disks, status == CopyStatus.FAILED ? error
                : null);
    }

    private static MachineResult stopped(String name, Instant started, Instant finished, String reason) {
        DiskResult disk = new DiskResult("disks/" + name + "-os.vhd", CONTAINER + "/" + name + "/" + name + "-os.vhd",
                BlobType.PAGE, CopyStatus.STOPPED, 2048 * GIB, 700 * GIB, 900 * GIB, 100 * GIB,
                Duration.between(started, finished), 12, 5, null,
                "upload: Put Page of non-zero ranges from this machine", null);
        return new MachineResult(name, CopyStatus.STOPPED, 1, started, finished, List.of(disk), reason);
    }

    static List<AgentResult> agents() {
        String mover = SUBSCRIPTION + "/resourceGroups/rg-migration/providers/Microsoft.StorageMover/storageMovers"
                + "/mover-weu/agents/";
        return List.of(
                new AgentResult("agent-onprem-01", mover + "agent-onprem-01", "Online", "1.6.103",
                        "2026-11-27T21:58:12Z", "Connected", "6b0c6a4e-1f0e-4a53-9b59-8a1d3c1e0a01",
                        AgentVerdict.OK, null),
                new AgentResult("agent-onprem-02", mover + "agent-onprem-02", "Executing", "1.6.103",
                        "2026-11-27T21:59:40Z", "Connected", "6b0c6a4e-1f0e-4a53-9b59-8a1d3c1e0a02",
                        AgentVerdict.OK, null),
                new AgentResult("agent-onprem-03", mover + "agent-onprem-03", "Online", "1.6.103",
                        "2026-11-27T21:57:01Z", "Connected", "6b0c6a4e-1f0e-4a53-9b59-8a1d3c1e0a03",
                        AgentVerdict.ADOPTED,
                        "created for its connected Arc machine (agents.adopt)"),
                new AgentResult("agent-onprem-04", mover + "agent-onprem-04", "Offline", "1.5.91",
                        "2026-11-26T03:12:44Z", "Disconnected", "6b0c6a4e-1f0e-4a53-9b59-8a1d3c1e0a04",
                        AgentVerdict.FAILED,
                        "the Arc machine arc-mover-04 is Disconnected since 2026-11-26T03:12Z; reconnect it with"
                                + " 'azcmagent connect' on the agent VM"));
    }

    static DnsCheckReport dns() {
        return new DnsCheckReport("wave-07", "10.20.0.4:53", NIGHT.plusSeconds(20), Duration.ofMillis(412), List.of(
                ok("migcache01.blob.core.windows.net", "blob", "10.20.1.4"),
                ok("migcache02.blob.core.windows.net", "blob", "10.20.1.5"),
                ok("kv-wave07.vault.azure.net", "vaultcore", "10.20.1.9"),
                ok("rsv-wave07.weu.backup.windowsazure.com", "weu.backup.windowsazure", "10.20.1.12"),
                new DnsCheckResult("migcache03.blob.core.windows.net", Verdict.NO_PRIVATELINK_CNAME,
                        "10.20.1.6 is right, but without the privatelink CNAME (a hosts-file or split-horizon entry)",
                        List.of("10.20.1.6"), List.of(ExpectationSource.WAVE_FILE), List.of(),
                        ConnectionState.NOT_AN_ENDPOINT, resolution(List.of(new ObservedRecord(
                                "migcache03.blob.core.windows.net", "A", "10.20.1.6", 300))), 8),
                new DnsCheckResult("migcache04.blob.core.windows.net", Verdict.PUBLIC_IP,
                        "resolves to the public address 20.60.13.4: the on-premises resolver does not forward"
                                + " privatelink.blob.core.windows.net",
                        List.of("10.20.1.7"), List.of(ExpectationSource.CUSTOM_DNS_CONFIGS),
                        List.of(SUBSCRIPTION + "/resourceGroups/rg-net/providers/Microsoft.Network/privateEndpoints"
                                + "/pe-migcache04"), ConnectionState.APPROVED,
                        resolution(List.of(new ObservedRecord("migcache04.blob.core.windows.net", "CNAME",
                                "migcache04.privatelink.blob.core.windows.net", 60), new ObservedRecord(
                                        "migcache04.privatelink.blob.core.windows.net", "CNAME",
                                        "blob.ams07prdstr02a.store.core.windows.net", 60), new ObservedRecord(
                                                "blob.ams07prdstr02a.store.core.windows.net", "A", "20.60.13.4",
                                                60))), 21)));
    }

    private static DnsCheckResult ok(String fqdn, String zone, String ip) {
        String privatelink = fqdn.replaceFirst("\\.", ".privatelink.");
        return new DnsCheckResult(fqdn, Verdict.OK, "resolves through " + privatelink.substring(privatelink.indexOf('.')
                + 1) + " to " + ip,
                List.of(ip), List.of(ExpectationSource.CUSTOM_DNS_CONFIGS, ExpectationSource.PRIVATE_DNS_ZONE_GROUP),
                List.of(SUBSCRIPTION + "/resourceGroups/rg-net/providers/Microsoft.Network/privateEndpoints/pe-"
                        + fqdn.substring(0, fqdn.indexOf('.'))), ConnectionState.APPROVED,
                resolution(List.of(new ObservedRecord(fqdn, "CNAME", privatelink, 60),
                        new ObservedRecord(privatelink, "A", ip, 10))), 6);
    }

    private static Resolution resolution(List<ObservedRecord> chain) {
        List<String> addresses = chain.stream().filter(ObservedRecord::isAddress).map(ObservedRecord::value).toList();
        return new Resolution(Resolution.Outcome.ADDRESSES, "NOERROR", chain, addresses, List.of(), "10.20.0.4:53",
                1, "");
    }

    static List<RoleAction> roles() {
        String vault = SUBSCRIPTION + "/resourceGroups/rg-migration/providers/Microsoft.RecoveryServices/vaults"
                + "/rsv-wave07";
        String storage = SUBSCRIPTION + "/resourceGroups/rg-migration/providers/Microsoft.Storage/storageAccounts"
                + "/migcache01";
        return List.of(
                new RoleAction(new RoleAssignmentSpec(storage, "6b0c6a4e-1f0e-4a53-9b59-8a1d3c1e0a01",
                        BuiltInRole.STORAGE_BLOB_DATA_CONTRIBUTOR, "agent-onprem-01 writes the disks"),
                        RoleOutcome.CREATED, "created"),
                new RoleAction(new RoleAssignmentSpec(storage, "6b0c6a4e-1f0e-4a53-9b59-8a1d3c1e0a02",
                        BuiltInRole.STORAGE_BLOB_DATA_CONTRIBUTOR, "agent-onprem-02 writes the disks"),
                        RoleOutcome.ALREADY_PRESENT, "already present"),
                new RoleAction(new RoleAssignmentSpec(storage, "6b0c6a4e-1f0e-4a53-9b59-8a1d3c1e0a03",
                        BuiltInRole.STORAGE_BLOB_DATA_CONTRIBUTOR, "agent-onprem-03 writes the disks"),
                        RoleOutcome.CREATED, "created"),
                new RoleAction(new RoleAssignmentSpec(vault, "0f4e7d2a-5c1b-4e8f-a3d9-7b6c5a4e3d21",
                        BuiltInRole.CONTRIBUTOR, "the vault's identity reads the cache account"),
                        RoleOutcome.ALREADY_PRESENT, "already present"),
                new RoleAction(new RoleAssignmentSpec(storage, "0f4e7d2a-5c1b-4e8f-a3d9-7b6c5a4e3d21",
                        BuiltInRole.STORAGE_BLOB_DATA_OWNER, "the vault's identity manages replicated blobs"),
                        RoleOutcome.FAILED, "AuthorizationFailed: the signed-in principal may not perform"
                                + " Microsoft.Authorization/roleAssignments/write at this scope; ask an Owner or"
                                + " User Access Administrator to run the roles stage"));
    }

    /** {@code MachineResult.notRun} is package-private in the engine; this is the same shape. */
    static final class MachineResultBuilder {
        private MachineResultBuilder() {
        }

        static MachineResult notRun(String name, CopyStatus status, String reason) {
            return new MachineResult(name, status, 0, null, null, List.of(), reason);
        }
    }
}
