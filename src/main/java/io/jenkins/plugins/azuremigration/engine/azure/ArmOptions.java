package io.jenkins.plugins.azuremigration.engine.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.ProxyOptions;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the engine talks to Azure Resource Manager. Immutable; build with {@link #builder(TokenCredential)}.
 * {@code endpoint} is the cloud's ARM endpoint unless a wave or test points elsewhere (the local simulator);
 * {@code httpClient} is the seam for proxies and test certificates.
 */
public record ArmOptions(URI endpoint, String tokenScope, TokenCredential credential, HttpClient httpClient,
        int maxRetries, Duration baseDelay, Duration maxDelay, Duration pollInterval, Duration operationTimeout) {
    public ArmOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(tokenScope, "tokenScope");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(httpClient, "httpClient");
        if (!"https".equalsIgnoreCase(endpoint.getScheme())) {
            throw new IllegalArgumentException("Azure Resource Manager is reached over https only, not " + endpoint);
        }
    }

    public static Builder builder(TokenCredential credential) {
        return new Builder(credential);
    }

    /** Collects options; every setter returns the builder. */
    public static final class Builder {
        private final TokenCredential credential;
        private AzureCloud cloud = AzureCloud.AZURE_PUBLIC_CLOUD;
        private URI endpoint;
        private HttpClient httpClient;
        private ProxyOptions proxy;
        private int maxRetries = 10;
        private Duration baseDelay = Duration.ofSeconds(1);
        private Duration maxDelay = Duration.ofSeconds(60);
        private Duration pollInterval = Duration.ofSeconds(5);
        private Duration operationTimeout = Duration.ofMinutes(10);

        private Builder(TokenCredential credential) {
            this.credential = Objects.requireNonNull(credential, "credential");
        }

        /** The cloud: its ARM endpoint and token scope. */
        public Builder cloud(AzureCloud value) {
            this.cloud = value;
            return this;
        }

        /** Another ARM endpoint than the cloud's (the local simulator); the token scope stays the cloud's. */
        public Builder endpoint(URI value) {
            this.endpoint = value;
            return this;
        }

        public Builder httpClient(HttpClient value) {
            this.httpClient = value;
            return this;
        }

        /**
         * Sends ARM calls through an HTTP proxy (Jenkins maps its own proxy settings here). Ignored when an
         * {@link #httpClient} is given: that client carries its own route.
         */
        public Builder proxy(ProxyOptions value) {
            this.proxy = value;
            return this;
        }

        /** Retries after the first try (429, 5xx, 408, dropped connections), exponential from base to max delay. */
        public Builder retries(int count, Duration base, Duration max) {
            this.maxRetries = count;
            this.baseDelay = base;
            this.maxDelay = max;
            return this;
        }

        /** How often a long-running operation is polled when ARM gives no Retry-After, and for how long at most. */
        public Builder polling(Duration interval, Duration timeout) {
            this.pollInterval = interval;
            this.operationTimeout = timeout;
            return this;
        }

        public ArmOptions build() {
            return new ArmOptions(endpoint != null ? endpoint : URI.create(cloud.resourceManagerEndpoint()),
                    cloud.resourceManagerScope(), credential,
                    httpClient != null ? httpClient : new JdkHttpClientBuilder().proxy(proxy).build(),
                    maxRetries, baseDelay, maxDelay, pollInterval, operationTimeout);
        }
    }
}
