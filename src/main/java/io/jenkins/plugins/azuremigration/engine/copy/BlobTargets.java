package io.jenkins.plugins.azuremigration.engine.copy;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobClientBuilder;
import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;
import io.jenkins.plugins.azuremigration.engine.wave.StorageSettings;
import java.net.URI;
import java.time.Duration;

/**
 * Builds blob clients for the wave's targets, all on one HTTP client. The SDK's own retry is set to a single try:
 * {@link Retrier} retries instead, so that every retry and throttled answer is counted and slows the disk it hit.
 */
final class BlobTargets {
    private final StorageSettings storage;
    private final HttpClient httpClient;
    private final TokenCredential credential;
    private final RequestRetryOptions singleTry;

    BlobTargets(StorageSettings storage, HttpClient httpClient, RetryPolicy retry, TokenCredential credential) {
        if (!storage.isConfigured()) {
            throw new IllegalArgumentException("The wave has no storage settings");
        }
        if (storage.connectionString() == null && storage.sas() == null && credential == null) {
            throw new IllegalArgumentException("storage.accountUrl without storage.sas signs in with Entra ID, but no"
                    + " Azure credential was given (Jenkins: credentialsId; command line: az login or AZURE_* variables)");
        }
        this.storage = storage;
        this.httpClient = httpClient;
        this.credential = credential;
        this.singleTry = new RequestRetryOptions(RetryPolicyType.FIXED, 1,
                (int) Math.min(Integer.MAX_VALUE, retry.tryTimeout().toSeconds()), null, null, null);
    }

    static HttpClient defaultHttpClient() {
        return new JdkHttpClientBuilder().connectionTimeout(Duration.ofSeconds(30)).build();
    }

    BlobClient blob(URI target) {
        BlobClientBuilder builder = new BlobClientBuilder().httpClient(httpClient).retryOptions(singleTry);
        if (storage.connectionString() != null) {
            builder.connectionString(storage.connectionString().reveal());
        } else if (storage.sas() != null) {
            builder.sasToken(storage.sas().reveal());
        } else {
            builder.credential(credential);
        }
        return builder.endpoint(target.toString()).buildClient();
    }
}
