package io.jenkins.plugins.azuremigration.engine.wave;

/**
 * How the copy authenticates to Blob Storage: a connection string, or an account URL with a SAS or (neither)
 * an Entra ID credential supplied by whoever runs the wave. Secrets only ever come from the environment.
 */
public record StorageSettings(SecretValue connectionString, String accountUrl, SecretValue sas) {
    public static StorageSettings none() {
        return new StorageSettings(null, null, null);
    }

    public boolean isConfigured() {
        return connectionString != null || accountUrl != null;
    }
}
