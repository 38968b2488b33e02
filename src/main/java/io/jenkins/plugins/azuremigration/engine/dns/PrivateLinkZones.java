package io.jenkins.plugins.azuremigration.engine.dns;

import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The private DNS zones of the services a migration wave reaches, per cloud (Microsoft's private-endpoint DNS
 * table; the zones we check are in docs/dns-troubleshooting.md). A name that lies in one of them is a "privatelink hop"; a name with a
 * {@code privatelink} label in a zone not listed here counts too, so that an unlisted service is not misreported.
 */
public final class PrivateLinkZones {
    private static final String SITE_RECOVERY = "Site Recovery (vault)";
    private static final Map<AzureCloud, List<PrivateLinkZone>> ZONES = new EnumMap<>(AzureCloud.class);

    static {
        ZONES.put(AzureCloud.AZURE_PUBLIC_CLOUD, List.of(
                zone("Blob storage", "privatelink.blob.core.windows.net", "blob.core.windows.net"),
                zone("Key Vault", "privatelink.vaultcore.azure.net", "vault.azure.net"),
                // the current form puts the geo code in the record name; old docs made one zone per region
                zone(SITE_RECOVERY, "privatelink.siterecovery.windowsazure.com", "siterecovery.windowsazure.com"),
                zone(SITE_RECOVERY, "{region}.privatelink.siterecovery.windowsazure.com",
                        "{region}.siterecovery.windowsazure.com"),
                zone("Azure Backup (vault)", "privatelink.{geo}.backup.windowsazure.com",
                        "{geo}.backup.windowsazure.com"),
                zone("Azure Migrate", "privatelink.prod.migration.windowsazure.com", "prod.migration.windowsazure.com"),
                zone("Service Bus", "privatelink.servicebus.windows.net", "servicebus.windows.net"),
                zone("Azure Arc", "privatelink.his.arc.azure.com", "his.arc.azure.com"),
                zone("Azure Arc guest configuration", "privatelink.guestconfiguration.azure.com",
                        "guestconfiguration.azure.com")));
        ZONES.put(AzureCloud.AZURE_US_GOVERNMENT, List.of(
                zone("Blob storage", "privatelink.blob.core.usgovcloudapi.net", "blob.core.usgovcloudapi.net"),
                zone("Key Vault", "privatelink.vaultcore.usgovcloudapi.net", "vault.usgovcloudapi.net"),
                zone(SITE_RECOVERY, "privatelink.siterecovery.windowsazure.us", "siterecovery.windowsazure.us"),
                zone(SITE_RECOVERY, "{region}.privatelink.siterecovery.windowsazure.us",
                        "{region}.siterecovery.windowsazure.us"),
                zone("Azure Backup (vault)", "privatelink.{geo}.backup.windowsazure.us",
                        "{geo}.backup.windowsazure.us"),
                zone("Azure Migrate", "privatelink.prod.migration.windowsazure.us", "prod.migration.windowsazure.us"),
                zone("Service Bus", "privatelink.servicebus.usgovcloudapi.net", "servicebus.usgovcloudapi.net"),
                // Arc's sovereign-cloud zones are not in our reference table; these follow Microsoft's DNS table
                zone("Azure Arc", "privatelink.his.arc.azure.us", "his.arc.azure.us"),
                zone("Azure Arc guest configuration", "privatelink.guestconfiguration.azure.us",
                        "guestconfiguration.azure.us")));
        // Site Recovery, Backup and Migrate private endpoints are not listed for Azure China
        ZONES.put(AzureCloud.AZURE_CHINA_CLOUD, List.of(
                zone("Blob storage", "privatelink.blob.core.chinacloudapi.cn", "blob.core.chinacloudapi.cn"),
                zone("Key Vault", "privatelink.vaultcore.azure.cn", "vault.azure.cn"),
                zone("Service Bus", "privatelink.servicebus.chinacloudapi.cn", "servicebus.chinacloudapi.cn"),
                zone("Azure Arc", "privatelink.his.arc.azure.cn", "his.arc.azure.cn"),
                zone("Azure Arc guest configuration", "privatelink.guestconfiguration.azure.cn",
                        "guestconfiguration.azure.cn")));
    }

    private final AzureCloud cloud;

    private PrivateLinkZones(AzureCloud cloud) {
        this.cloud = cloud;
    }

    public static PrivateLinkZones of(AzureCloud cloud) {
        return new PrivateLinkZones(cloud);
    }

    public AzureCloud cloud() {
        return cloud;
    }

    public List<PrivateLinkZone> zones() {
        return ZONES.get(cloud);
    }

    /** The privatelink zone {@code name} lies in: a listed one, or from an unlisted {@code privatelink} label on. */
    public Optional<String> zoneOf(String name) {
        for (PrivateLinkZone zone : zones()) {
            Optional<String> found = zone.zoneOf(name);
            if (found.isPresent()) {
                return found;
            }
        }
        String normalized = PrivateLinkZone.normalize(name);
        int label = ("." + normalized).indexOf(".privatelink.");
        return label < 0 ? Optional.empty() : Optional.of(normalized.substring(label));
    }

    public boolean isPrivatelinkName(String name) {
        return zoneOf(name).isPresent();
    }

    /** The name clients ask for, for a name that ARM gives in its privatelink form; other names unchanged. */
    public String publicNameOf(String name) {
        for (PrivateLinkZone zone : zones()) {
            Optional<String> found = zone.publicNameOf(name);
            if (found.isPresent()) {
                return found.get();
            }
        }
        String normalized = PrivateLinkZone.normalize(name);
        return Arrays.stream(normalized.split("\\.")).filter(label -> !label.equals("privatelink"))
                .reduce((a, b) -> a + "." + b).orElse(normalized);
    }

    /** The zone that should answer for a public name of a listed service. */
    public Optional<String> zoneForPublicName(String publicName) {
        for (PrivateLinkZone zone : zones()) {
            Optional<String> found = zone.zoneForPublicName(publicName);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static PrivateLinkZone zone(String service, String zone, String publicSuffix) {
        return new PrivateLinkZone(service, zone, publicSuffix);
    }
}
