package io.jenkins.plugins.azuremigration.engine.azure;

import com.azure.core.http.policy.RequestRetryCondition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * What ARM's retry policy retries, and nothing else: 429, 408, 5xx except 501 and 505 (the service will never do
 * it), and dropped connections or timeouts. azure-core's default retries any exception, so a credential that cannot
 * produce a token would be asked ten times with backoff up to a minute per call; here it is not asked again.
 */
final class ArmRetryCondition implements Predicate<RequestRetryCondition> {
    @Override
    public boolean test(RequestRetryCondition condition) {
        if (condition.getResponse() != null) {
            return retriableStatus(condition.getResponse().getStatusCode());
        }
        Throwable failure = condition.getThrowable();
        // azure-core asks once per cause of the chain; a CredentialFailure has none
        return failure instanceof IOException || failure instanceof UncheckedIOException
                || failure instanceof TimeoutException;
    }

    static boolean retriableStatus(int status) {
        return status == 408 || status == 429 || status >= 500 && status != 501 && status != 505;
    }
}
