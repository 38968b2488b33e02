package io.jenkins.plugins.azuremigration.engine.azure;

import com.azure.core.http.policy.RequestRetryCondition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javax.net.ssl.SSLPeerUnverifiedException;

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
        if (untrustedCertificate(failure)) {
            return false; // asking again meets the same certificate: only --arm-ca or the trust store helps
        }
        // azure-core asks once per cause of the chain; a CredentialFailure has none
        return failure instanceof IOException || failure instanceof UncheckedIOException
                || failure instanceof TimeoutException;
    }

    /**
     * TLS refused ARM's certificate: the chain holds the JDK's certificate-path failure (a
     * {@link GeneralSecurityException} such as {@code CertPathValidatorException} or the validator's own) or a peer
     * that could not be verified. A handshake cut off by the network has no such cause and is retried.
     */
    static boolean untrustedCertificate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof GeneralSecurityException || cause instanceof SSLPeerUnverifiedException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static boolean retriableStatus(int status) {
        return status == 408 || status == 429 || status >= 500 && status != 501 && status != 505;
    }
}
