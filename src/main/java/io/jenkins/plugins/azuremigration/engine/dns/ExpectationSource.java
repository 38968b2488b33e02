package io.jenkins.plugins.azuremigration.engine.dns;

/**
 * Where an expected FQDN → IP pair was read. ARM keeps them in three places that are not always in step (any may
 * be empty), so the check unions them and reports which ones named each FQDN.
 */
public enum ExpectationSource {
    /** The private endpoint's {@code properties.customDnsConfigs[]}. */
    CUSTOM_DNS_CONFIGS("customDnsConfigs"),
    /** A record set of the endpoint's {@code privateDnsZoneGroups/{g}} (what Azure wrote into the private zone). */
    PRIVATE_DNS_ZONE_GROUP("privateDnsZoneGroups"),
    /** The endpoint's NIC: {@code ipConfigurations[].properties.privateLinkConnectionProperties.fqdns[]}. */
    NETWORK_INTERFACE("networkInterface"),
    /** An explicit {@code dns.expect} pair of the wave file. */
    WAVE_FILE("dns.expect");

    private final String label;

    ExpectationSource(String label) {
        this.label = label;
    }

    /** The name users know from the ARM payload or the wave file. */
    public String label() {
        return label;
    }
}
