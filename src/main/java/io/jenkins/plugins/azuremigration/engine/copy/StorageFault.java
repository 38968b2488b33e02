package io.jenkins.plugins.azuremigration.engine.copy;

import com.azure.core.http.HttpHeaderName;
import com.azure.storage.blob.models.BlobStorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * What went wrong with one storage request, reduced to what the copy decides on: retry or not, was it the
 * service throttling us, and how long it asked us to wait. Messages name the status and error code only.
 */
record StorageFault(int status, String errorCode, boolean transientFault, boolean throttled, Duration retryAfter,
        String description) {

    static StorageFault of(RuntimeException failure) {
        if (failure instanceof BlobStorageException storage) {
            int status = storage.getStatusCode();
            String code = storage.getErrorCode() == null ? "" : storage.getErrorCode().toString();
            boolean throttled = status == 503 || status == 429 || status == 500 && code.equals("OperationTimedOut");
            // 501: the service does not do this at all (an emulator without Put Page From URL); asking again won't help
            boolean transientFault = throttled || status >= 500 && status != 501 || status == 408;
            return new StorageFault(status, code, transientFault, throttled, retryAfter(storage),
                    "HTTP " + status + (code.isEmpty() ? "" : " " + code));
        }
        Throwable io = ioCause(failure);
        if (io != null) {
            return new StorageFault(0, "", true, false, Duration.ZERO,
                    "connection failed (" + io.getClass().getSimpleName() + ")");
        }
        return new StorageFault(0, "", false, false, Duration.ZERO, failure.getClass().getSimpleName());
    }

    /** The service has no such operation (Azurite lacks the *From URL page and block writes). */
    boolean unsupportedOperation() {
        return status == 501 || status == 400 && (errorCode.equals("NotImplemented") || errorCode.equals("UnsupportedHeader"));
    }

    private static Duration retryAfter(BlobStorageException storage) {
        if (storage.getResponse() == null) {
            return Duration.ZERO;
        }
        String milliseconds = storage.getResponse().getHeaderValue(HttpHeaderName.fromString("x-ms-retry-after-ms"));
        String seconds = storage.getResponse().getHeaderValue(HttpHeaderName.RETRY_AFTER);
        try {
            if (milliseconds != null) {
                return Duration.ofMillis(Long.parseLong(milliseconds.trim()));
            }
            if (seconds != null) {
                return Duration.ofSeconds(Long.parseLong(seconds.trim()));
            }
        } catch (NumberFormatException e) {
            // an HTTP date or garbage: fall back to our own backoff
        }
        return Duration.ZERO;
    }

    private static Throwable ioCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException || t instanceof TimeoutException) {
                return t;
            }
        }
        return null;
    }
}
