package io.jenkins.plugins.azuremigration.engine.wave;

import java.util.regex.Pattern;

/** The shapes of the ARM resource ids a wave names, so that a typo is caught at validation, not at 2 a.m. */
final class ArmIdPatterns {
    /** A resource id shape and how to write one, for the message. */
    record Shape(Pattern pattern, String example) {
        boolean matches(String id) {
            return pattern.matcher(id).matches();
        }
    }

    private static final String GROUP = "/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]+/providers/";
    private static final String GROUP_EXAMPLE = "/subscriptions/{subscription}/resourceGroups/{group}/providers/";
    static final Shape STORAGE_MOVER = shape("Microsoft\\.StorageMover/storageMovers/[-\\w.]+",
            "Microsoft.StorageMover/storageMovers/{mover}");
    static final Shape ARC_MACHINE = shape("Microsoft\\.HybridCompute/machines/[-\\w.]+",
            "Microsoft.HybridCompute/machines/{machine}");
    static final Shape STORAGE_ACCOUNT = shape("Microsoft\\.Storage/storageAccounts/[a-z0-9]{3,24}",
            "Microsoft.Storage/storageAccounts/{account}");
    static final Shape CONTAINER = shape("Microsoft\\.Storage/storageAccounts/[a-z0-9]{3,24}/blobServices/default/"
            + "containers/[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}",
            "Microsoft.Storage/storageAccounts/{account}/blobServices/default/containers/{container}");
    static final Shape VAULT = shape("Microsoft\\.RecoveryServices/vaults/[-\\w]+",
            "Microsoft.RecoveryServices/vaults/{vault}");

    private ArmIdPatterns() {
    }

    private static Shape shape(String provider, String example) {
        return new Shape(Pattern.compile(GROUP + provider, Pattern.CASE_INSENSITIVE), GROUP_EXAMPLE + example);
    }
}
