package io.jenkins.plugins.azuremigration.engine.dns;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.azuremigration.engine.wave.AzureCloud;
import org.junit.jupiter.api.Test;

class PrivateLinkZonesTest {
    private final PrivateLinkZones publicCloud = PrivateLinkZones.of(AzureCloud.AZURE_PUBLIC_CLOUD);
    private final PrivateLinkZones government = PrivateLinkZones.of(AzureCloud.AZURE_US_GOVERNMENT);
    private final PrivateLinkZones china = PrivateLinkZones.of(AzureCloud.AZURE_CHINA_CLOUD);

    @Test
    void everyCloudKnowsItsZones() {
        assertThat(publicCloud.zones()).extracting(PrivateLinkZone::zone).containsExactly(
                "privatelink.blob.core.windows.net", "privatelink.vaultcore.azure.net",
                "privatelink.siterecovery.windowsazure.com", "{region}.privatelink.siterecovery.windowsazure.com",
                "privatelink.{geo}.backup.windowsazure.com", "privatelink.prod.migration.windowsazure.com",
                "privatelink.servicebus.windows.net", "privatelink.his.arc.azure.com",
                "privatelink.guestconfiguration.azure.com");
        assertThat(government.zones()).extracting(PrivateLinkZone::zone).contains(
                "privatelink.blob.core.usgovcloudapi.net", "privatelink.vaultcore.usgovcloudapi.net",
                "privatelink.siterecovery.windowsazure.us", "privatelink.{geo}.backup.windowsazure.us",
                "privatelink.prod.migration.windowsazure.us", "privatelink.servicebus.usgovcloudapi.net");
        assertThat(china.zones()).extracting(PrivateLinkZone::zone).contains(
                "privatelink.blob.core.chinacloudapi.cn", "privatelink.vaultcore.azure.cn",
                "privatelink.servicebus.chinacloudapi.cn");
    }

    @Test
    void privatelinkNamesMapToTheNamesClientsAskFor() {
        assertThat(publicCloud.publicNameOf("acct.privatelink.blob.core.windows.net"))
                .isEqualTo("acct.blob.core.windows.net");
        assertThat(publicCloud.publicNameOf("KV1.privatelink.vaultcore.azure.net.")).isEqualTo("kv1.vault.azure.net");
        assertThat(publicCloud.publicNameOf("123-asr-pod01-rcm1.weu.privatelink.siterecovery.windowsazure.com"))
                .isEqualTo("123-asr-pod01-rcm1.weu.siterecovery.windowsazure.com");
        assertThat(publicCloud.publicNameOf("123-ab-pod01-fab1.privatelink.we.backup.windowsazure.com"))
                .isEqualTo("123-ab-pod01-fab1.we.backup.windowsazure.com");
        assertThat(government.publicNameOf("kv1.privatelink.vaultcore.usgovcloudapi.net"))
                .isEqualTo("kv1.vault.usgovcloudapi.net");
        assertThat(china.publicNameOf("kv1.privatelink.vaultcore.azure.cn")).isEqualTo("kv1.vault.azure.cn");
        // unlisted services: the privatelink label is dropped; public names stay as they are
        assertThat(publicCloud.publicNameOf("db1.privatelink.database.windows.net")).isEqualTo("db1.database.windows.net");
        assertThat(publicCloud.publicNameOf("acct.blob.core.windows.net")).isEqualTo("acct.blob.core.windows.net");
    }

    @Test
    void bothSiteRecoveryZoneFormsAreRecognised() {
        assertThat(publicCloud.zoneOf("x-asr-pod01-srs1.weu.privatelink.siterecovery.windowsazure.com"))
                .hasValue("privatelink.siterecovery.windowsazure.com");
        PrivateLinkZone regional = publicCloud.zones().get(3);
        assertThat(regional.zoneOf("x-asr-pod01-srs1.westeurope.privatelink.siterecovery.windowsazure.com"))
                .hasValue("westeurope.privatelink.siterecovery.windowsazure.com");
        assertThat(regional.publicNameOf("x-asr-pod01-srs1.westeurope.privatelink.siterecovery.windowsazure.com"))
                .hasValue("x-asr-pod01-srs1.westeurope.siterecovery.windowsazure.com");
        assertThat(publicCloud.zoneOf("x.privatelink.ne.backup.windowsazure.com"))
                .hasValue("privatelink.ne.backup.windowsazure.com");
    }

    @Test
    void findsTheZoneOfAPublicNameAndTellsPrivatelinkHops() {
        assertThat(publicCloud.zoneForPublicName("acct.blob.core.windows.net"))
                .hasValue("privatelink.blob.core.windows.net");
        assertThat(publicCloud.zoneForPublicName("kv1.vault.azure.net")).hasValue("privatelink.vaultcore.azure.net");
        assertThat(publicCloud.zoneForPublicName("x.prod.migration.windowsazure.com"))
                .hasValue("privatelink.prod.migration.windowsazure.com");
        assertThat(government.zoneForPublicName("acct.blob.core.windows.net")).isEmpty();
        assertThat(publicCloud.isPrivatelinkName("acct.privatelink.blob.core.windows.net")).isTrue();
        assertThat(publicCloud.isPrivatelinkName("gc1.privatelink.guestconfiguration.azure.com")).isTrue();
        assertThat(publicCloud.isPrivatelinkName("acct.blob.core.windows.net")).isFalse();
        assertThat(publicCloud.isPrivatelinkName("blob.ams07prdstr02a.store.core.windows.net")).isFalse();
        assertThat(publicCloud.zoneOf("db1.privatelink.database.windows.net"))
                .hasValue("privatelink.database.windows.net");
    }
}
