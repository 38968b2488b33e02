package io.jenkins.plugins.azuremigration.engine.dns;

/** The outcome of checking one FQDN; docs/dns-troubleshooting.md says what to fix for each. */
public enum Verdict {
    /** A CNAME through the privatelink zone to an address equal to the private endpoint's. */
    OK(Severity.PASS),
    /** The right private IP, but without the privatelink hop: a hosts-file or split-horizon entry. */
    NO_PRIVATELINK_CNAME(Severity.WARNING),
    /** Resolves to a public address: the on-premises resolver does not forward the privatelink zone. */
    PUBLIC_IP(Severity.FAIL),
    /** A private address that is not the endpoint's, only IPv6 answers, or extra A records besides the right one. */
    WRONG_PRIVATE_IP(Severity.FAIL),
    /** The name, or the privatelink name its CNAME points to, does not exist (or has no address at all). */
    NXDOMAIN(Severity.FAIL),
    /** The resolver answered with an error (SERVFAIL, or REFUSED and the like: the reason names the code). */
    SERVFAIL(Severity.FAIL),
    /** No answer within the timeout, after every retry. */
    TIMEOUT(Severity.FAIL),
    /** The private endpoint's connection is not Approved, so no traffic flows whatever DNS answers. */
    ENDPOINT_NOT_APPROVED(Severity.FAIL);

    private final Severity severity;

    Verdict(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
