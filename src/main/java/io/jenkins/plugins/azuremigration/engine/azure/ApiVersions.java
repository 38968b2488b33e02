package io.jenkins.plugins.azuremigration.engine.azure;

/** The REST api-versions the engine speaks, each checked against the Azure REST API specs' stable versions. */
public final class ApiVersions {
    public static final String STORAGE_MOVER = "2025-07-01";
    public static final String HYBRID_COMPUTE = "2024-07-10";
    public static final String STORAGE = "2023-05-01";
    public static final String RECOVERY_SERVICES = "2024-04-01";
    public static final String AUTHORIZATION = "2022-04-01";
    public static final String NETWORK = "2024-05-01";

    private ApiVersions() {
    }
}
