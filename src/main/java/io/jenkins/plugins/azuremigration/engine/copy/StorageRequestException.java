package io.jenkins.plugins.azuremigration.engine.copy;

/**
 * A storage request that failed for good. The message names the operation and the HTTP status or fault only. The
 * SDK's exception is deliberately not kept as the cause: its text can quote the request URL with its SAS, or the
 * service's "MAC signature found in the request" detail.
 */
public final class StorageRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient StorageFault fault;

    StorageRequestException(String message, StorageFault fault) {
        super(message);
        this.fault = fault;
    }

    boolean isThrottled() {
        return fault != null && fault.throttled();
    }

    boolean isUnsupportedOperation() {
        return fault != null && fault.unsupportedOperation();
    }

    int status() {
        return fault == null ? 0 : fault.status();
    }

    /** The service's error code (e.g. {@code ContainerNotFound}), empty when none. */
    String errorCode() {
        return fault == null ? "" : fault.errorCode();
    }
}
