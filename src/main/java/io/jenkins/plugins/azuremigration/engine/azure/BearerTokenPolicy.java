package io.jenkins.plugins.azuremigration.engine.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import java.time.OffsetDateTime;
import reactor.core.publisher.Mono;

/**
 * Signs every try with a bearer token, fetched again shortly before it expires and at once when ARM answers 401
 * (a token revoked or expired under a long wave), then tries once more. Refuses plain http: a token never travels
 * unencrypted. A credential that fails is reported as a {@link CredentialFailure}, which is never retried.
 */
final class BearerTokenPolicy implements HttpPipelinePolicy {
    private final TokenCredential credential;
    private final TokenRequestContext request;
    private AccessToken cached;

    BearerTokenPolicy(TokenCredential credential, String scope) {
        this.credential = credential;
        this.request = new TokenRequestContext().addScopes(scope);
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        authorize(context, false);
        HttpResponse response = next.clone().processSync();
        if (response.getStatusCode() != 401) {
            return response;
        }
        response.close();
        authorize(context, true);
        return next.processSync();
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        return Mono.defer(() -> {
            authorize(context, false);
            return next.clone().process();
        }).flatMap(response -> {
            if (response.getStatusCode() != 401) {
                return Mono.just(response);
            }
            response.close();
            authorize(context, true);
            return next.process();
        });
    }

    private void authorize(HttpPipelineCallContext context, boolean refresh) {
        if (!"https".equalsIgnoreCase(context.getHttpRequest().getUrl().getProtocol())) {
            throw new IllegalStateException("Refusing to send a bearer token over plain http to "
                    + context.getHttpRequest().getUrl().getHost());
        }
        context.getHttpRequest().setHeader(HttpHeaderName.AUTHORIZATION, "Bearer " + token(refresh).getToken());
    }

    private synchronized AccessToken token(boolean refresh) {
        if (refresh || cached == null || cached.getExpiresAt().isBefore(OffsetDateTime.now().plusMinutes(2))) {
            cached = fetch();
        }
        return cached;
    }

    /** A new token, or a {@link CredentialFailure} the retry policy leaves alone: asking again gives the same answer. */
    private AccessToken fetch() {
        AccessToken token;
        try {
            token = credential.getTokenSync(request);
        } catch (RuntimeException e) {
            // credentials report every failure unchecked (azure-identity's ClientAuthenticationException and its
            // CredentialUnavailableException, a token file's own); an interrupted sign-in stays interrupted
            if (interruptedCause(e)) {
                Thread.currentThread().interrupt();
            }
            throw CredentialFailure.of(e);
        }
        if (token == null || token.getToken() == null || token.getToken().isBlank()) {
            throw CredentialFailure.noToken();
        }
        return token;
    }

    private static boolean interruptedCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }
}
