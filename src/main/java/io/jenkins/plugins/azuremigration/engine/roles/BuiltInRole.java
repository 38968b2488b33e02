package io.jenkins.plugins.azuremigration.engine.roles;

/** The Azure built-in roles a wave grants, by their fixed definition GUIDs. */
public enum BuiltInRole {
    OWNER("Owner", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635"),
    CONTRIBUTOR("Contributor", "b24988ac-6180-42a0-ab88-20f7382dd24c"),
    STORAGE_BLOB_DATA_CONTRIBUTOR("Storage Blob Data Contributor", "ba92f5b4-2d11-453d-a403-e96b0029c9fe"),
    STORAGE_BLOB_DATA_OWNER("Storage Blob Data Owner", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b");

    private final String displayName;
    private final String guid;

    BuiltInRole(String displayName, String guid) {
        this.displayName = displayName;
        this.guid = guid;
    }

    public String displayName() {
        return displayName;
    }

    public String guid() {
        return guid;
    }

    /** The role definition id under the subscription of {@code scope}. */
    public String definitionId(String scope) {
        String[] parts = scope.split("/");
        return "/subscriptions/" + parts[2] + "/providers/Microsoft.Authorization/roleDefinitions/" + guid;
    }
}
