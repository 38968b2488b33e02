package io.jenkins.plugins.azuremigration.jenkins.common;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import io.jenkins.plugins.azuremigration.engine.azure.AzureCredentials;
import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import io.jenkins.plugins.azuremigration.engine.wave.SecretValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How the agent signs in to Azure for one step: the identity looked up from the credentials plugin on the controller
 * (a service principal with a secret or a certificate, or none: the agent's managed identity), the storage secret
 * (connection string or SAS) and Jenkins' proxy. It crosses the agent channel, like the values of
 * {@code withCredentials}, but is never part of a step's saved state: after a restart it is looked up again by id.
 * Its {@code toString} names no secret.
 */
public final class AzureAccess implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Which kind of identity; the names appear in the console. */
    public enum Identity { SERVICE_PRINCIPAL_SECRET, SERVICE_PRINCIPAL_CERTIFICATE, MANAGED_IDENTITY }

    private final Identity identity;
    private final String credentialsId;
    private final String clientId;
    private final String clientSecret;
    private final byte[] certificate;
    private final String certificatePassword;
    private final String storageSecret;
    private final String storageCredentialsId;
    private final ProxySettings proxy;

    private AzureAccess(Identity identity, String credentialsId, String clientId, String clientSecret,
            byte[] certificate, String certificatePassword, String storageCredentialsId, String storageSecret,
            ProxySettings proxy) {
        this.identity = identity;
        this.credentialsId = credentialsId;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.certificate = certificate == null ? null : certificate.clone();
        this.certificatePassword = certificatePassword;
        this.storageCredentialsId = storageCredentialsId;
        this.storageSecret = storageSecret;
        this.proxy = proxy;
    }

    public static AzureAccess servicePrincipal(String credentialsId, String clientId, String clientSecret) {
        return new AzureAccess(Identity.SERVICE_PRINCIPAL_SECRET, credentialsId, clientId, clientSecret, null, null,
                null, null, null);
    }

    public static AzureAccess certificate(String credentialsId, String clientId, byte[] pkcs12, String password) {
        return new AzureAccess(Identity.SERVICE_PRINCIPAL_CERTIFICATE, credentialsId, clientId, null, pkcs12, password,
                null, null, null);
    }

    /** The agent's managed (or workload) identity; {@code clientId} picks a user-assigned one, null the system one. */
    public static AzureAccess managedIdentity(String clientId) {
        return new AzureAccess(Identity.MANAGED_IDENTITY, null, clientId, null, null, null, null, null, null);
    }

    public AzureAccess withStorageSecret(String id, String secret) {
        return new AzureAccess(identity, credentialsId, clientId, clientSecret, certificate, certificatePassword, id,
                secret, proxy);
    }

    public AzureAccess withProxy(ProxySettings value) {
        return new AzureAccess(identity, credentialsId, clientId, clientSecret, certificate, certificatePassword,
                storageCredentialsId, storageSecret, value);
    }

    public Identity identity() {
        return identity;
    }

    public ProxySettings proxy() {
        return proxy;
    }

    /** The ARM and Entra ID credential; a service principal needs the tenant (from the step or the wave). */
    public TokenCredential tokenCredential(AzureCloud cloud, String tenantId, HttpClient http) {
        if (identity != Identity.MANAGED_IDENTITY && (tenantId == null || tenantId.isBlank())) {
            throw new IllegalArgumentException("tenantId: a service principal (credentials '" + credentialsId
                    + "') needs its Entra ID tenant: give tenantId: to the step or azure.tenantId in the wave");
        }
        return switch (identity) {
            case SERVICE_PRINCIPAL_SECRET -> AzureCredentials.clientSecret(cloud, tenantId, clientId,
                    secret("client secret", clientSecret), http);
            case SERVICE_PRINCIPAL_CERTIFICATE -> AzureCredentials.clientCertificate(cloud, tenantId, clientId,
                    certificate, certificatePassword == null || certificatePassword.isEmpty() ? null
                            : secret("certificate password", certificatePassword), http);
            case MANAGED_IDENTITY -> AzureCredentials.managedIdentity(clientId, http);
        };
    }

    /** The storage secret as the wave would take it from the environment, or null when the step gave none. */
    public SecretValue storageSecret() {
        return storageSecret == null ? null : new SecretValue("credentials " + storageCredentialsId, storageSecret);
    }

    private SecretValue secret(String what, String value) {
        return new SecretValue(credentialsId == null ? what : "credentials " + credentialsId, value);
    }

    /** Every secret value this access carries, for masking the console. */
    public List<String> secretValues() {
        List<String> values = new ArrayList<>();
        for (String value : new String[] {clientSecret, certificatePassword, storageSecret,
                proxy == null ? null : proxy.password()}) {
            if (value != null && !value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    @Override
    public String toString() {
        String who = switch (identity) {
            case SERVICE_PRINCIPAL_SECRET -> "service principal " + clientId + " (secret, credentials " + credentialsId + ")";
            case SERVICE_PRINCIPAL_CERTIFICATE -> "service principal " + clientId + " (certificate, credentials "
                    + credentialsId + ")";
            case MANAGED_IDENTITY -> clientId == null ? "the agent's managed identity"
                    : "the agent's managed identity " + clientId;
        };
        return who + (storageCredentialsId == null ? "" : "; storage secret from credentials " + storageCredentialsId)
                + (proxy == null ? "" : "; " + proxy);
    }
}
