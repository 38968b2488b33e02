package io.jenkins.plugins.azuremigration.engine.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.identity.AzureCliCredentialBuilder;
import com.azure.identity.ChainedTokenCredentialBuilder;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.EnvironmentCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.azure.identity.WorkloadIdentityCredentialBuilder;
import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import io.jenkins.plugins.azuremigration.engine.wave.SecretValue;

/**
 * The Entra ID identities a wave can run as, each bound to the wave's cloud (its authority host) and to the one
 * HTTP client of the run. Secrets go in as {@link SecretValue}s and are revealed only to azure-identity.
 */
public final class AzureCredentials {
    private AzureCredentials() {
    }

    /** A service principal with a client secret (Jenkins: a Username with password credential plus tenant). */
    public static TokenCredential clientSecret(AzureCloud cloud, String tenantId, String clientId, SecretValue secret,
            HttpClient httpClient) {
        return new ClientSecretCredentialBuilder().authorityHost(cloud.authorityHost()).tenantId(tenantId)
                .clientId(clientId).clientSecret(secret.reveal()).httpClient(httpClient).build();
    }

    /** A service principal with a certificate: a PEM file, or a PFX file with its password. */
    public static TokenCredential clientCertificate(AzureCloud cloud, String tenantId, String clientId,
            String certificatePath, SecretValue pfxPassword, HttpClient httpClient) {
        ClientCertificateCredentialBuilder builder = new ClientCertificateCredentialBuilder()
                .authorityHost(cloud.authorityHost()).tenantId(tenantId).clientId(clientId).httpClient(httpClient);
        if (pfxPassword != null) {
            builder.pfxCertificate(certificatePath).clientCertificatePassword(pfxPassword.reveal());
        } else {
            builder.pemCertificate(certificatePath);
        }
        return builder.build();
    }

    /** A service principal with a PKCS#12 certificate held in memory (Jenkins: a Certificate credential). */
    public static TokenCredential clientCertificate(AzureCloud cloud, String tenantId, String clientId, byte[] pfx,
            SecretValue pfxPassword, HttpClient httpClient) {
        ClientCertificateCredentialBuilder builder = new ClientCertificateCredentialBuilder()
                .authorityHost(cloud.authorityHost()).tenantId(tenantId).clientId(clientId).httpClient(httpClient)
                .pfxCertificate(new java.io.ByteArrayInputStream(pfx.clone()));
        if (pfxPassword != null) {
            builder.clientCertificatePassword(pfxPassword.reveal());
        }
        return builder.build();
    }

    /** The managed identity of the machine that runs the wave (system-assigned, or the user-assigned client id). */
    public static TokenCredential managedIdentity(String clientId, HttpClient httpClient) {
        ManagedIdentityCredentialBuilder builder = new ManagedIdentityCredentialBuilder().httpClient(httpClient);
        return clientId == null ? builder.build() : builder.clientId(clientId).build();
    }

    /**
     * For the command line: the AZURE_CLIENT_ID / AZURE_TENANT_ID / AZURE_CLIENT_SECRET (or certificate) variables,
     * workload identity, the machine's managed identity, then {@code az login}: in that order. Developer-tool caches
     * (IntelliJ, VS Code) are left out on purpose: their token-cache library is not bundled.
     */
    public static TokenCredential commandLineChain(AzureCloud cloud, String tenantId, HttpClient httpClient) {
        ChainedTokenCredentialBuilder chain = new ChainedTokenCredentialBuilder()
                .addLast(new EnvironmentCredentialBuilder().authorityHost(cloud.authorityHost()).httpClient(httpClient).build());
        if (System.getenv("AZURE_FEDERATED_TOKEN_FILE") != null) {
            chain.addLast(new WorkloadIdentityCredentialBuilder().authorityHost(cloud.authorityHost())
                    .httpClient(httpClient).build());
        }
        chain.addLast(new ManagedIdentityCredentialBuilder().httpClient(httpClient).build());
        AzureCliCredentialBuilder cli = new AzureCliCredentialBuilder();
        chain.addLast(tenantId == null ? cli.build() : cli.tenantId(tenantId).build());
        return chain.build();
    }
}
