package io.jenkins.plugins.azuremigration.engine.dns;

import java.util.Locale;

/**
 * The state of a private endpoint's connection to its resource
 * ({@code privateLinkServiceConnectionState.status}). Traffic flows only when it is {@link #APPROVED}, whatever
 * DNS answers, so the check reports any other state before looking at the resolution.
 */
public enum ConnectionState {
    APPROVED("Approved"),
    PENDING("Pending"),
    REJECTED("Rejected"),
    DISCONNECTED("Disconnected"),
    /** A status this version does not know, or an endpoint without any connection. */
    UNKNOWN("Unknown"),
    /** Not an endpoint's name: an explicit {@code dns.expect} pair of the wave file. */
    NOT_AN_ENDPOINT("-");

    private final String armName;

    ConnectionState(String armName) {
        this.armName = armName;
    }

    /** The status as ARM and the portal spell it. */
    public String armName() {
        return armName;
    }

    public boolean blocksTraffic() {
        return this != APPROVED && this != NOT_AN_ENDPOINT;
    }

    public static ConnectionState fromArm(String status) {
        if (status == null) {
            return UNKNOWN;
        }
        return switch (status.trim().toLowerCase(Locale.ROOT)) {
            case "approved" -> APPROVED;
            case "pending" -> PENDING;
            case "rejected" -> REJECTED;
            case "disconnected" -> DISCONNECTED;
            default -> UNKNOWN;
        };
    }
}
