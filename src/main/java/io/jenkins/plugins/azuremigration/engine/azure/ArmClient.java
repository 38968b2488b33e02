package io.jenkins.plugins.azuremigration.engine.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.HttpPipelineSyncPolicy;
import com.azure.core.http.policy.RequestIdPolicy;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Azure Resource Manager over one azure-core HTTP pipeline, assembled closest-to-the-API first: user agent,
 * request id, retry (429, 5xx, 408 and dropped connections, honouring Retry-After), then the bearer token, so
 * that every try is signed anew. A credential that cannot produce a token, or a token ARM refuses, is not among
 * the retried cases: it ends the call at once with a {@link SignInException}. Storage Mover, HybridCompute and Site Recovery have no Java SDK on our mirror:
 * their REST APIs are called here with explicit api-versions.
 */
public final class ArmClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArmOptions options;
    private final HttpPipeline pipeline;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();

    private ArmClient(ArmOptions options) {
        this.options = options;
        HttpPipelinePolicy counter = new HttpPipelineSyncPolicy() {
            @Override
            protected void beforeSendingRequest(HttpPipelineCallContext context) {
                count(context.getHttpRequest().getHttpMethod());
            }
        };
        RetryOptions retry = new RetryOptions(new ExponentialBackoffOptions().setMaxRetries(options.maxRetries())
                .setBaseDelay(options.baseDelay()).setMaxDelay(options.maxDelay()))
                .setShouldRetryCondition(new ArmRetryCondition());
        this.pipeline = new HttpPipelineBuilder().httpClient(options.httpClient()).policies(
                new UserAgentPolicy("azure-migration-wave/0.1"), new RequestIdPolicy(), new RetryPolicy(retry),
                new BearerTokenPolicy(options.credential(), options.tokenScope()), counter).build();
    }

    public static ArmClient create(ArmOptions options) {
        return new ArmClient(options);
    }

    /** The resource, or empty when ARM answers 404. */
    public Optional<JsonNode> find(String resourceId, String apiVersion) {
        Reply reply = send(HttpMethod.GET, url(resourceId, apiVersion, null), null);
        if (reply.status == 404) {
            return Optional.empty();
        }
        return Optional.of(reply.orThrow("GET", resourceId).body);
    }

    public JsonNode get(String resourceId, String apiVersion) {
        return send(HttpMethod.GET, url(resourceId, apiVersion, null), null).orThrow("GET", resourceId).body;
    }

    /** Creates or replaces; answers ARM's status (201 created, 200 replaced) and body, or throws for any error. */
    public Reply put(String resourceId, String apiVersion, JsonNode body) {
        Reply reply = send(HttpMethod.PUT, url(resourceId, apiVersion, null), body).orThrow("PUT", resourceId);
        if (reply.status == 202) {
            awaitOperation("PUT", resourceId, reply);
        }
        return reply;
    }

    /** A PUT whose error the caller decides on (e.g. 409 RoleAssignmentExists): no exception for 4xx. */
    public Reply tryPut(String resourceId, String apiVersion, JsonNode body) {
        return send(HttpMethod.PUT, url(resourceId, apiVersion, null), body);
    }

    /** Deletes and waits for a long-running delete to end; answers 200 (deleted) or 204 (was not there). */
    public int delete(String resourceId, String apiVersion) {
        Reply reply = send(HttpMethod.DELETE, url(resourceId, apiVersion, null), null);
        if (reply.status == 404) {
            return 204;
        }
        reply.orThrow("DELETE", resourceId);
        if (reply.status == 202) {
            awaitOperation("DELETE", resourceId, reply);
            return 200;
        }
        return reply.status;
    }

    /** Every item of a list, following {@code nextLink}. */
    public List<JsonNode> list(String path, String apiVersion, String filter) {
        List<JsonNode> items = new ArrayList<>();
        String next = url(path, apiVersion, filter);
        while (next != null) {
            JsonNode page = send(HttpMethod.GET, next, null).orThrow("GET", path).body;
            page.path("value").forEach(items::add);
            next = page.hasNonNull("nextLink") ? page.get("nextLink").asText() : null;
        }
        return items;
    }

    /** Requests sent so far, every try counted (for "a second run makes N calls"). */
    public long requestCount() {
        return requests.get();
    }

    /** PUT, PATCH, POST and DELETE tries sent so far. */
    public long writeCount() {
        return writes.get();
    }

    void count(HttpMethod method) {
        requests.incrementAndGet();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            writes.incrementAndGet();
        }
    }

    private void awaitOperation(String operation, String resourceId, Reply accepted) {
        String asyncOperation = accepted.headers.asyncOperation;
        String location = accepted.headers.location;
        Instant deadline = Instant.now().plus(options.operationTimeout());
        Duration wait = accepted.headers.retryAfter != null ? accepted.headers.retryAfter : options.pollInterval();
        while (Instant.now().isBefore(deadline)) {
            sleep(wait);
            Reply poll = send(HttpMethod.GET, asyncOperation != null ? asyncOperation : location, null);
            wait = poll.headers.retryAfter != null ? poll.headers.retryAfter : options.pollInterval();
            if (asyncOperation != null) {
                String status = poll.orThrow(operation + " (polling)", resourceId).body.path("status").asText();
                if (status.equalsIgnoreCase("Succeeded")) {
                    return;
                }
                if (status.equalsIgnoreCase("Failed") || status.equalsIgnoreCase("Canceled")) {
                    JsonNode error = poll.body.path("error");
                    throw new ArmException(operation, resourceId, poll.status, error.path("code").asText("Operation" + status),
                            error.path("message").asText("the long-running operation ended " + status));
                }
            } else if (poll.status != 202) {
                poll.orThrow(operation + " (polling)", resourceId);
                return;
            }
        }
        throw new ArmException(operation, resourceId, 202, "OperationTimeout", "the long-running operation did not end"
                + " within " + options.operationTimeout().toMinutes() + " min");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArmException("wait", "long-running operation", 0, "Interrupted", "interrupted while polling");
        }
    }

    private String url(String path, String apiVersion, String filter) {
        String base = options.endpoint().toString().replaceAll("/+$", "");
        return base + path + "?api-version=" + apiVersion
                + (filter == null ? "" : "&$filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private Reply send(HttpMethod method, String url, JsonNode body) {
        HttpRequest request = new HttpRequest(method, url);
        if (body != null) {
            try {
                request.setHeader(HttpHeaderName.CONTENT_TYPE, "application/json").setBody(JSON.writeValueAsBytes(body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (HttpResponse response = pipeline.sendSync(request, Context.NONE)) {
            if (response.getStatusCode() == 401) {
                // the token policy already fetched a fresh token and tried once more: ARM refuses this identity
                throw refused(method, url, response);
            }
            byte[] bytes = response.getBodyAsBinaryData() == null ? new byte[0] : response.getBodyAsBinaryData().toBytes();
            JsonNode json = bytes.length == 0 ? MissingNode.getInstance() : JSON.readTree(bytes);
            return new Reply(response.getStatusCode(), json, ReplyHeaders.of(response));
        } catch (IOException e) {
            throw new ArmException(method.name(), path(url), 0, "InvalidResponse", "ARM answered something that is not"
                    + " JSON (" + e.getClass().getSimpleName() + ")");
        } catch (UncheckedIOException e) {
            if (ArmRetryCondition.untrustedCertificate(e)) {
                throw new SignInException(method.name(), path(url), 0, "CertificateNotTrusted", "the TLS certificate of "
                        + options.endpoint() + " is not trusted by this JVM: give its CA (wave --arm-ca FILE, or the"
                        + " agent JVM's trust store in Jenkins)");
            }
            throw new ArmException(method.name(), path(url), 0, "ConnectionFailed", "no answer after "
                    + (options.maxRetries() + 1) + " tries (" + e.getCause().getClass().getSimpleName() + ")");
        } catch (CredentialFailure e) {
            throw new SignInException(method.name(), path(url), 0, "SignInFailed", e.getMessage());
        }
    }

    private static SignInException refused(HttpMethod method, String url, HttpResponse response) {
        String code = "";
        String message = "";
        try {
            byte[] bytes = response.getBodyAsBinaryData() == null ? new byte[0] : response.getBodyAsBinaryData().toBytes();
            JsonNode error = bytes.length == 0 ? MissingNode.getInstance() : JSON.readTree(bytes).path("error");
            code = error.path("code").asText("");
            message = error.path("message").asText("");
        } catch (IOException e) {
            // no JSON error body: the status says enough
        }
        return new SignInException(method.name(), path(url), 401, code.isEmpty() ? "Unauthorized" : code,
                "ARM refused the signed-in identity's token" + (message.isEmpty() ? "" : " (" + message + ")"));
    }

    private static String path(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** ARM's answer: status, JSON body (missing when empty) and the headers that drive polling. */
    public record Reply(int status, JsonNode body, ReplyHeaders headers) {
        Reply orThrow(String operation, String resourceId) {
            if (status >= 400) {
                JsonNode error = body.path("error");
                throw new ArmException(operation, resourceId, status, error.path("code").asText(""),
                        error.path("message").asText(""));
            }
            return this;
        }

        public String errorCode() {
            return body.path("error").path("code").asText("");
        }
    }

    /** The polling headers of a reply. */
    public record ReplyHeaders(String asyncOperation, String location, Duration retryAfter) {
        static ReplyHeaders of(HttpResponse response) {
            String retryAfter = response.getHeaderValue(HttpHeaderName.RETRY_AFTER);
            Duration delay = null;
            if (retryAfter != null && retryAfter.trim().matches("\\d+")) {
                delay = Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
            }
            return new ReplyHeaders(response.getHeaderValue(HttpHeaderName.fromString("Azure-AsyncOperation")),
                    response.getHeaderValue(HttpHeaderName.LOCATION), delay);
        }
    }
}
