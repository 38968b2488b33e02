package io.jenkins.plugins.azuremigration.engine.wave;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code machines:} of a wave file: each machine with its disks. */
final class MachinesReader {
    private final String file;
    private final Problems problems;
    private final ValueResolver resolver;
    private final DiskFactory disks;

    MachinesReader(String file, Problems problems, ValueResolver resolver, LocalSources local) {
        this.file = file;
        this.problems = problems;
        this.resolver = resolver;
        this.disks = new DiskFactory(problems, local);
    }

    List<Machine> read(List<Node> items) {
        List<Machine> machines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlMapping entry = YamlMapping.of(items.get(i), file, "machines[" + i + "]", problems);
            if (entry == null) {
                continue;
            }
            entry.allowOnly("name", "disks");
            String name = entry.requiredString("name");
            List<Disk> machineDisks = readDisks(entry);
            if (name != null && !name.isBlank()) {
                machines.add(new Machine(name.trim(), machineDisks, Map.of(), null, entry.position()));
            }
        }
        return machines;
    }

    private List<Disk> readDisks(YamlMapping machine) {
        List<Node> items = machine.sequence("disks");
        if (items.isEmpty() && !machine.has("disks")) {
            problems.add(machine.position(), machine.field("disks"), "is required: a machine needs at least one disk");
        }
        List<Disk> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlMapping entry = YamlMapping.of(items.get(i), file, machine.field("disks") + "[" + i + "]", problems);
            if (entry == null) {
                continue;
            }
            entry.allowOnly("source", "target", "type");
            DiskSource source = disks.source(resolved(entry, "source"), entry.positionOf("source"), entry.field("source"));
            URI target = disks.target(resolved(entry, "target"), entry.positionOf("target"), entry.field("target"));
            BlobType type = disks.type(entry.string("type"), source, entry.positionOf("type"), entry.field("type"));
            disks.checkFile(source, type, entry.positionOf("source"), entry.field("source"));
            Disk disk = disks.disk(source, target, type, entry.position());
            if (disk != null) {
                result.add(disk);
            }
        }
        return result;
    }

    private String resolved(YamlMapping entry, String key) {
        String raw = entry.requiredString(key);
        return raw == null ? null : resolver.plain(raw, entry.positionOf(key), entry.field(key));
    }
}
