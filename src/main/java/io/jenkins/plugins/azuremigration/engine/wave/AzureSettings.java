package io.jenkins.plugins.azuremigration.engine.wave;

import java.net.URI;

/**
 * How the wave signs in to Azure Resource Manager: the Entra ID tenant, and an ARM endpoint other than the cloud's
 * (null for the cloud's own; the local simulator in demos and tests).
 */
public record AzureSettings(String tenantId, URI resourceManagerEndpoint) {
    public static AzureSettings defaults() {
        return new AzureSettings(null, null);
    }
}
