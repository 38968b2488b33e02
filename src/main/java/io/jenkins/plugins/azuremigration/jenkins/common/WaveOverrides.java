package io.jenkins.plugins.azuremigration.jenkins.common;

import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import io.jenkins.plugins.azuremigration.engine.wave.AzureSettings;
import io.jenkins.plugins.azuremigration.engine.wave.CopySettings;
import io.jenkins.plugins.azuremigration.engine.wave.Machine;
import io.jenkins.plugins.azuremigration.engine.wave.SecretValue;
import io.jenkins.plugins.azuremigration.engine.wave.StorageSettings;
import io.jenkins.plugins.azuremigration.engine.wave.Wave;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies a step's parameters to the parsed wave: the cloud, the tenant, the named subset of machines, the copy's
 * batch size, bandwidth cap and window end, and the storage secret from a credential. Every rejected value is an
 * {@link IllegalArgumentException} whose message starts with the parameter's name.
 */
public final class WaveOverrides {
    private WaveOverrides() {
    }

    public static Wave apply(Wave wave, StageRequest request, SecretValue storageSecret) {
        AzureCloud cloud = request.cloud() == null ? wave.cloud() : AzureCloud.fromWaveName(request.cloud())
                .orElseThrow(() -> new IllegalArgumentException("cloud: unknown cloud '" + request.cloud() + "'; use "
                        + AzureCloud.waveNames()));
        AzureSettings azure = request.tenantId() == null ? wave.azure()
                : new AzureSettings(request.tenantId(), wave.azure().resourceManagerEndpoint());
        CopySettings current = wave.copy();
        CopySettings copy = new CopySettings(request.batchSize() == 0 ? current.batchSize() : request.batchSize(),
                current.mode(), current.connections(), request.capMbps() < 0 ? current.capMbps() : request.capMbps(),
                request.stopAt() == null ? current.stopAt() : request.stopAt());
        StorageSettings storage = storageSecret == null ? wave.storage() : storage(wave.storage(), storageSecret);
        return new Wave(wave.name(), cloud, storage, wave.dns(), machines(wave, request.machines()), copy, azure,
                wave.agents(), wave.roles(), wave.file());
    }

    /** The wave's machines named in {@code names} (case-insensitive), in the wave's order; all when empty. */
    static List<Machine> machines(Wave wave, List<String> names) {
        if (names.isEmpty()) {
            return wave.machines();
        }
        Map<String, Machine> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        wave.machines().forEach(machine -> byName.put(machine.name(), machine));
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            if (!byName.containsKey(name.trim())) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("machines: " + unknown + " not in wave " + wave.name() + " (it has "
                    + sample(byName.keySet()) + ")");
        }
        List<String> wanted = names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).toList();
        return wave.machines().stream().filter(m -> wanted.contains(m.name().toLowerCase(Locale.ROOT))).toList();
    }

    private static String sample(java.util.Collection<String> names) {
        List<String> first = names.stream().limit(10).toList();
        return String.join(", ", first) + (names.size() > first.size() ? ", ... " + names.size() + " machines" : "");
    }

    /**
     * A storage secret from a credential: a connection string (it names the account), or a SAS for the wave's
     * {@code storage.accountUrl}.
     */
    static StorageSettings storage(StorageSettings fromWave, SecretValue secret) {
        String value = secret.reveal();
        if (value.contains("AccountName=") || value.contains("BlobEndpoint=")) {
            return new StorageSettings(secret, null, null);
        }
        if (value.contains("sig=")) {
            if (fromWave.accountUrl() == null) {
                throw new IllegalArgumentException("storageCredentialsId: " + secret.source()
                        + " holds a SAS, which needs the wave's storage.accountUrl");
            }
            return new StorageSettings(null, fromWave.accountUrl(), secret);
        }
        throw new IllegalArgumentException("storageCredentialsId: " + secret.source() + " holds neither a storage "
                + "connection string (AccountName=...) nor a SAS token (...&sig=...)");
    }
}
