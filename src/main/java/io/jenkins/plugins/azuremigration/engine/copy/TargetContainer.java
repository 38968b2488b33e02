package io.jenkins.plugins.azuremigration.engine.copy;

import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import java.util.function.Supplier;

/**
 * Makes sure a disk's target container exists, creating it only when it is missing. A SAS for one container
 * ({@code sr=c}) or an account SAS for objects only ({@code srt=o}) may write blobs but neither read nor create the
 * container, so the container is asked about through the blob itself: Get Blob Properties answers 404 with
 * {@code ContainerNotFound} when the container is missing, and any credential that may read the blob may ask.
 */
final class TargetContainer {
    /** The copy's retried storage call ({@link DiskCopy#call}). */
    interface Call {
        <T> T call(String what, Supplier<T> request) throws InterruptedException;
    }

    private TargetContainer() {
    }

    static void prepare(BlobClient blob, Call storage) throws InterruptedException {
        if (exists(blob, storage)) {
            return;
        }
        BlobContainerClient container = blob.getContainerClient();
        try {
            storage.call("Create Container", container::createIfNotExists);
        } catch (StorageRequestException e) {
            if (e.status() != 403) {
                throw e;
            }
            throw new StorageRequestException("the target container " + container.getBlobContainerName()
                    + " does not exist and the storage credential cannot create it (HTTP 403"
                    + (e.errorCode().isEmpty() ? "" : " " + e.errorCode()) + "): create the container, or use a"
                    + " credential that may create containers (an account SAS with resource type c and permission c)",
                    null);
        }
    }

    /** True unless the service says the container is missing; a credential that may not even ask goes on. */
    private static boolean exists(BlobClient blob, Call storage) throws InterruptedException {
        try {
            storage.call("Get Blob Properties", blob::getProperties);
            return true;
        } catch (StorageRequestException e) {
            if (e.status() == 404) {
                return !"ContainerNotFound".equals(e.errorCode());
            }
            if (e.status() == 403) {
                return true; // e.g. a write-only SAS: the writes themselves will say what is wrong
            }
            throw e;
        }
    }
}
