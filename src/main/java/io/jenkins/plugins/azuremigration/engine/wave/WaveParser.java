package io.jenkins.plugins.azuremigration.engine.wave;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates a wave file (YAML, documented in {@code docs/wave-file.md}) and the machine list it names.
 * Every problem is reported at once as {@code FILE:LINE:COLUMN: field.path: message}; a wave with any problem is
 * never returned, so nothing can run on half a wave.
 */
public final class WaveParser {
    private static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    private static final Pattern WAVE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    private static final String[] TOP_LEVEL_KEYS = {"name", "cloud", "azure", "storage", "dns", "agents", "roles",
        "machines", "machineList", "copy"};

    private WaveParser() {
    }

    /**
     * The wave in {@code file}; {@code environment} answers {@code ${env:NAME}} references. Local disk sources are
     * checked on this machine ({@link DiskFileCheck#CHECK}).
     */
    public static Wave parse(Path file, Function<String, String> environment) throws WaveValidationException {
        return parse(file, file.toString(), environment);
    }

    /**
     * The wave in {@code file}, with problems naming it {@code displayName} (e.g. the path relative to the Jenkins
     * workspace, where the file itself is read by absolute path on the agent).
     */
    public static Wave parse(Path file, String displayName, Function<String, String> environment)
            throws WaveValidationException {
        return parse(file, displayName, environment, DiskFileCheck.CHECK);
    }

    /** As above; {@link DiskFileCheck#SKIP} leaves the disk images unread, for a wave validated away from them. */
    public static Wave parse(Path file, String displayName, Function<String, String> environment, DiskFileCheck disks)
            throws WaveValidationException {
        Problems problems = new Problems();
        Wave wave = read(file, displayName, environment, disks, problems);
        if (!problems.isEmpty() || wave == null) {
            throw new WaveValidationException(problems.sorted());
        }
        return wave;
    }

    /** Validation without an exception: a summary of the wave, or every problem. */
    public static ValidationReport validate(Path file, Function<String, String> environment) {
        return validate(file, file.toString(), environment);
    }

    public static ValidationReport validate(Path file, String displayName, Function<String, String> environment) {
        return validate(file, displayName, environment, DiskFileCheck.CHECK);
    }

    public static ValidationReport validate(Path file, String displayName, Function<String, String> environment,
            DiskFileCheck disks) {
        try {
            return ValidationReport.of(parse(file, displayName, environment, disks), displayName);
        } catch (WaveValidationException e) {
            return ValidationReport.failed(displayName, e.problems());
        }
    }

    private static Wave read(Path file, String display, Function<String, String> environment, DiskFileCheck disks,
            Problems problems) {
        Node root = load(file, display, problems);
        if (root == null) {
            return null;
        }
        YamlMapping top = YamlMapping.of(root, display, "", problems);
        if (top == null) {
            return null;
        }
        top.allowOnly(TOP_LEVEL_KEYS);
        ValueResolver resolver = new ValueResolver(environment, problems);
        SettingsReader settings = new SettingsReader(display, problems, resolver);
        String name = waveName(top, problems);
        AzureCloud cloud = cloud(top, problems);
        StorageSettings storage = settings.storage(top.mapping("storage"));
        DnsSettings dns = settings.dns(top.mapping("dns"));
        YamlMapping copySection = top.mapping("copy");
        CopySettings copy = settings.copy(copySection);
        ControlPlaneReader controlPlane = new ControlPlaneReader(display, problems, resolver);
        AzureSettings azure = controlPlane.azure(top.mapping("azure"));
        AgentSettings agents = controlPlane.agents(top.mapping("agents"));
        RoleSettings roles = controlPlane.roles(top.mapping("roles"));
        Path folder = file.toAbsolutePath().getParent();
        LocalSources local = new LocalSources(settings.sourceRoots(copySection, folder, disks), disks, problems);
        List<Machine> machines = new ArrayList<>(new MachinesReader(display, problems, resolver, local)
                .read(top.sequence("machines")));
        YamlMapping machineList = top.mapping("machineList");
        if (machineList != null) {
            machines.addAll(new MachineListReader(problems, resolver, local).read(machineList, folder));
        }
        checkMachines(top, machines, problems);
        checkStorageGiven(top, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Wave(name, cloud, storage, dns, machines, copy, azure, agents, roles, file);
    }

    private static Node load(Path file, String display, Problems problems) {
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(new SourcePosition(display, 1, 1), "", "is larger than 4 MiB; is this a wave file?");
                return null;
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            problems.add(new SourcePosition(display, 1, 1), "", "wave file does not exist");
            return null;
        } catch (CharacterCodingException e) {
            problems.add(new SourcePosition(display, 1, 1), "", "is not UTF-8 text");
            return null;
        } catch (IOException e) {
            problems.add(new SourcePosition(display, 1, 1), "", "cannot read the wave file: " + e.getMessage());
            return null;
        }
        try {
            Node root = new Yaml(new SafeConstructor(loaderOptions())).compose(new StringReader(text));
            if (root == null) {
                problems.add(new SourcePosition(display, 1, 1), "", "the wave file is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePosition at = mark == null ? new SourcePosition(display, 1, 1)
                    : new SourcePosition(display, mark.getLine() + 1, mark.getColumn() + 1);
            // getProblem()/getContext() only: the full message quotes the offending line, which may hold a secret
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problems.add(at, "", "YAML syntax: " + e.getProblem() + context);
        } catch (YAMLException e) {
            problems.add(new SourcePosition(display, 1, 1), "", "YAML: " + e.getClass().getSimpleName());
        }
        return null;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by YamlMapping with both positions
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        return options;
    }

    private static String waveName(YamlMapping top, Problems problems) {
        String name = top.requiredString("name");
        if (name != null && !WAVE_NAME.matcher(name.trim()).matches()) {
            problems.add(top.positionOf("name"), "name", "must be 1-63 letters, digits, '.', '_' or '-', starting"
                    + " with a letter or digit (it names report files)");
        }
        return name == null ? null : name.trim();
    }

    private static AzureCloud cloud(YamlMapping top, Problems problems) {
        String text = top.string("cloud");
        if (text == null) {
            return AzureCloud.AZURE_PUBLIC_CLOUD;
        }
        return AzureCloud.fromWaveName(text.trim()).orElseGet(() -> {
            problems.add(top.positionOf("cloud"), "cloud", "unknown cloud '" + text + "'; use " + AzureCloud.waveNames());
            return AzureCloud.AZURE_PUBLIC_CLOUD;
        });
    }

    private static void checkMachines(YamlMapping top, List<Machine> machines, Problems problems) {
        if (machines.isEmpty() && !top.has("machines") && !top.has("machineList")) {
            problems.add(top.position(), "machines", "a wave needs machines (a list here, or machineList: a CSV file)");
        }
        Map<String, SourcePosition> names = new HashMap<>();
        Map<String, SourcePosition> targets = new HashMap<>();
        for (Machine machine : machines) {
            SourcePosition first = names.putIfAbsent(machine.name().toLowerCase(Locale.ROOT), machine.position());
            if (first != null) {
                problems.add(machine.position(), "machines", "duplicate machine name '" + machine.name()
                        + "' (first at " + first + "; names are compared ignoring case)");
            }
            for (Disk disk : machine.disks()) {
                SourcePosition other = targets.putIfAbsent(disk.target().toString(), disk.position());
                if (other != null) {
                    problems.add(disk.position(), "machines", "two disks copy to the same blob " + disk.target()
                            + " (the other at " + other + ")");
                }
            }
        }
    }

    /** Every machine has disks to copy, so a wave with machines needs to know where its storage is. */
    private static void checkStorageGiven(YamlMapping top, Problems problems) {
        YamlMapping storage = top.has("storage") ? top.mapping("storage") : null;
        boolean given = storage != null && (storage.has("connectionString") || storage.has("accountUrl"));
        if (!given && (top.has("machines") || top.has("machineList"))) {
            problems.add(top.has("storage") ? top.positionOf("storage") : top.position(), "storage",
                    "is required: the wave copies disks; give storage.connectionString or storage.accountUrl");
        }
    }
}
