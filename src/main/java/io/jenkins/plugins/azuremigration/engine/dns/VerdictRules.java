package io.jenkins.plugins.azuremigration.engine.dns;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns an expectation and what the resolver answered into a verdict with a one-line reason that names the
 * values involved, so that the reader knows what to fix without rerunning anything.
 */
final class VerdictRules {
    private final PrivateLinkZones zones;
    private final Duration timeout;

    VerdictRules(PrivateLinkZones zones, Duration timeout) {
        this.zones = zones;
        this.timeout = timeout;
    }

    DnsCheckResult judge(ExpectedName expected, Resolution resolution, long elapsedMillis) {
        Judgement judgement = judgement(expected, resolution);
        return new DnsCheckResult(expected.fqdn(), judgement.verdict(), judgement.reason(), expected.privateIps(),
                expected.sources(), expected.privateEndpointIds(), expected.connectionState(), resolution,
                elapsedMillis);
    }

    private Judgement judgement(ExpectedName expected, Resolution resolution) {
        if (expected.connectionState().blocksTraffic()) {
            // fixing DNS would not help: no traffic flows through an endpoint that is not approved
            return new Judgement(Verdict.ENDPOINT_NOT_APPROVED, "private endpoint "
                    + String.join(", ", expected.privateEndpointIds().stream().map(ArmIds::lastSegment).toList())
                    + " is " + expected.connectionState().armName() + ", not Approved: no traffic flows until the"
                    + " resource's owner approves the connection (DNS: " + dnsSummary(resolution) + ")");
        }
        return switch (resolution.outcome()) {
            case TIMEOUT -> new Judgement(Verdict.TIMEOUT, "no answer from " + resolution.server() + " within "
                    + timeout.toMillis() + " ms, " + resolution.queries() + " queries: the server, or the forwarder it"
                    + " uses for " + zoneFor(expected.fqdn(), resolution) + ", does not respond");
            case UNREACHABLE -> new Judgement(Verdict.TIMEOUT, "nothing answers DNS at " + resolution.server() + " ("
                    + resolution.detail() + ") after " + resolution.queries() + " queries");
            case ERROR_RCODE -> errorCode(resolution);
            case NXDOMAIN -> nxdomain(expected, resolution);
            case NODATA -> new Judgement(Verdict.NXDOMAIN, endOfChain(expected, resolution) + " exists but has no A or"
                    + " AAAA record");
            case ADDRESSES -> addresses(expected, resolution);
        };
    }

    private Judgement errorCode(Resolution resolution) {
        if ("SERVFAIL".equals(resolution.rcode())) {
            return new Judgement(Verdict.SERVFAIL, "SERVFAIL from " + resolution.server() + " after "
                    + resolution.queries() + " queries: the resolver could not get an answer upstream (forwarder"
                    + " unreachable, or DNSSEC validation failed)");
        }
        return new Judgement(Verdict.SERVFAIL, resolution.rcode() + " from " + resolution.server() + ": the server"
                + " will not resolve this name for us (no forwarder for it, or an access list)");
    }

    private Judgement nxdomain(ExpectedName expected, Resolution resolution) {
        List<String> targets = resolution.cnameTargets();
        if (targets.isEmpty()) {
            return new Judgement(Verdict.NXDOMAIN, expected.fqdn() + " does not exist for this resolver (NXDOMAIN);"
                    + " it should be a CNAME into " + zoneFor(expected.fqdn(), resolution));
        }
        String target = targets.get(targets.size() - 1);
        return new Judgement(Verdict.NXDOMAIN, "the CNAME points to " + target + ", which does not exist (NXDOMAIN):"
                + " the zone " + zones.zoneOf(target).orElse("it belongs to") + " has no record for it");
    }

    private Judgement addresses(ExpectedName expected, Resolution resolution) {
        List<String> observed = resolution.addresses();
        List<String> unexpected = new ArrayList<>(observed);
        unexpected.removeAll(expected.privateIps());
        List<String> matched = new ArrayList<>(observed);
        matched.retainAll(expected.privateIps());
        Optional<String> hop = privatelinkHop(expected.fqdn(), resolution);
        String endpointIps = String.join(", ", expected.privateIps());
        if (expected.privateIps().isEmpty()) {
            return new Judgement(Verdict.WRONG_PRIVATE_IP, "resolves to " + String.join(", ", observed)
                    + ", but no private IP is known for this name to compare with");
        }
        if (unexpected.isEmpty()) {
            String many = observed.size() > 1 ? " (" + observed.size() + " records, all the endpoint's)" : "";
            if (hop.isPresent()) {
                return new Judgement(Verdict.OK, "resolves through " + hop.get() + " to " + String.join(", ", observed)
                        + many);
            }
            return new Judgement(Verdict.NO_PRIVATELINK_CNAME, String.join(", ", observed) + " is right" + many
                    + " but comes from an A record for the name itself, without the privatelink CNAME: a hosts-file"
                    + " or split-horizon entry that will go stale when the endpoint changes");
        }
        List<String> publicOnes = unexpected.stream().filter(ip -> !IpAddresses.isPrivate(ip)).toList();
        if (!publicOnes.isEmpty()) {
            return new Judgement(Verdict.PUBLIC_IP, "resolves to public " + String.join(", ", publicOnes)
                    + ": the on-premises DNS does not forward " + zoneFor(expected.fqdn(), resolution)
                    + " to Azure (conditional forwarder missing), so clients go to the public endpoint; expected "
                    + endpointIps);
        }
        if (resolution.ipv6Only() && expected.privateIps().stream().anyMatch(ip -> !IpAddresses.isIpv6(ip))) {
            return new Judgement(Verdict.WRONG_PRIVATE_IP, "only IPv6 answers (AAAA " + String.join(", ", observed)
                    + ") and no A record with the endpoint's " + endpointIps + ": IPv4 clients cannot connect");
        }
        if (!matched.isEmpty()) {
            return new Judgement(Verdict.WRONG_PRIVATE_IP, observed.size() + " address records: "
                    + String.join(", ", matched) + " is the endpoint's, " + String.join(", ", unexpected)
                    + " is not; clients pick either, so delete the stale record");
        }
        String noHop = hop.isPresent() ? "" : "; there is no privatelink CNAME either (hosts-file or split-horizon"
                + " entry)";
        return new Judgement(Verdict.WRONG_PRIVATE_IP, "resolves to " + String.join(", ", observed) + ", but the"
                + " endpoint's IP is " + endpointIps + ": a stale record after the endpoint was recreated, or another"
                + " endpoint overwrote " + zoneFor(expected.fqdn(), resolution) + noHop);
    }

    /** The privatelink zone the answer went through, if any name of the chain lies in one. */
    private Optional<String> privatelinkHop(String fqdn, Resolution resolution) {
        List<String> names = new ArrayList<>();
        names.add(fqdn);
        names.addAll(resolution.cnameTargets());
        return names.stream().map(zones::zoneOf).flatMap(Optional::stream).findFirst();
    }

    private String zoneFor(String fqdn, Resolution resolution) {
        return privatelinkHop(fqdn, resolution).or(() -> zones.zoneForPublicName(fqdn))
                .orElse("its privatelink zone");
    }

    private static String endOfChain(ExpectedName expected, Resolution resolution) {
        List<String> targets = resolution.cnameTargets();
        return targets.isEmpty() ? expected.fqdn() : targets.get(targets.size() - 1);
    }

    private static String dnsSummary(Resolution resolution) {
        return switch (resolution.outcome()) {
            case ADDRESSES -> "resolves to " + String.join(", ", resolution.addresses());
            case NXDOMAIN -> "NXDOMAIN";
            case NODATA -> "no address record";
            case ERROR_RCODE -> resolution.rcode();
            case TIMEOUT, UNREACHABLE -> "no answer";
        };
    }

    private record Judgement(Verdict verdict, String reason) {
    }
}
