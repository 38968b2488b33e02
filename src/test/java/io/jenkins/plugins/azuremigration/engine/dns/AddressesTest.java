package io.jenkins.plugins.azuremigration.engine.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** IP literals and server addresses: parsed without any lookup (a lookup would need the resolver under test). */
class AddressesTest {
    @Test
    void serverAddressesInEveryWrittenForm() {
        assertThat(DnsServerAddress.describe(DnsServerAddress.parse("10.0.0.4"))).isEqualTo("10.0.0.4:53");
        assertThat(DnsServerAddress.describe(DnsServerAddress.parse(" 127.0.0.1:5353 "))).isEqualTo("127.0.0.1:5353");
        assertThat(DnsServerAddress.describe(DnsServerAddress.parse("fd00::53"))).isEqualTo("[fd00::53]:53");
        InetSocketAddress bracketed = DnsServerAddress.parse("[fd00::53]:5300");
        assertThat(bracketed.getPort()).isEqualTo(5300);
        assertThat(DnsServerAddress.describe(bracketed)).isEqualTo("[fd00::53]:5300");
    }

    @Test
    void hostNamesAndBadPortsAreRefused() {
        assertThatThrownBy(() -> DnsServerAddress.parse("dns.corp.example")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be an IP address");
        assertThatThrownBy(() -> DnsServerAddress.parse("10.0.0.4:0")).hasMessageContaining("port must be 1 to 65535");
        assertThatThrownBy(() -> DnsServerAddress.parse("10.0.0.4:99999")).hasMessageContaining("port");
    }

    @Test
    void privateAndPublicAddresses() {
        assertThat(IpAddresses.isPrivate("10.20.1.4")).isTrue();
        assertThat(IpAddresses.isPrivate("172.16.0.1")).isTrue();
        assertThat(IpAddresses.isPrivate("192.168.1.1")).isTrue();
        assertThat(IpAddresses.isPrivate("100.64.0.10")).isTrue();
        assertThat(IpAddresses.isPrivate("fd00:20::8")).isTrue();
        assertThat(IpAddresses.isPrivate("20.60.1.1")).isFalse();
        assertThat(IpAddresses.isPrivate("100.128.0.1")).isFalse();
        assertThat(IpAddresses.isPrivate("2603:1000::1")).isFalse();
        assertThat(IpAddresses.isPrivate("not-an-ip")).isFalse();
    }

    @Test
    void ipv6IsWrittenInItsShortestForm() {
        assertThat(IpAddresses.canonical("FD00:0:0:0:0:0:0:5")).isEqualTo("fd00::5");
        assertThat(IpAddresses.canonical("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(IpAddresses.canonical("2001:db8:0:1:0:0:0:1")).isEqualTo("2001:db8:0:1::1");
        assertThat(IpAddresses.canonical("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2:3:4:5:6");
        assertThat(IpAddresses.canonical(" 10.0.0.4 ")).isEqualTo("10.0.0.4");
    }
}
