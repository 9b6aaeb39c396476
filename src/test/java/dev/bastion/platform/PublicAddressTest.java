package dev.bastion.platform;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Discord loads a post's images itself: only from an address on the internet. */
class PublicAddressTest {

    @Test
    void aPublicHttpOrHttpsAddressIsKeptWithoutItsTrailingSlash() {
        assertEquals(Optional.of("https://auth.example.org"), PublicAddress.reachable("https://auth.example.org/"));
        assertEquals(Optional.of("http://auth.example.org:8080/portal"), PublicAddress.reachable(" http://auth.example.org:8080/portal "));
        assertEquals(Optional.of("https://203.0.113.7"), PublicAddress.reachable("https://203.0.113.7"));
        assertEquals(Optional.of("https://[2001:db8::1]"), PublicAddress.reachable("https://[2001:db8::1]"));
    }

    @Test
    void thisMachineAndPrivateNetworksAreNot() {
        for (String url : new String[] {"http://localhost:9080", "http://LOCALHOST", "http://portal.localhost", "http://127.0.0.1:9080",
                "http://10.1.2.3", "http://172.16.0.9", "http://192.168.1.10", "http://169.254.1.1", "http://0.0.0.0",
                "http://[::1]:9080", "http://[fd00::5]", "http://bastion:9080"}) {
            assertEquals(Optional.empty(), PublicAddress.reachable(url), url);
        }
    }

    @Test
    void missingOrMalformedAddressesAreNot() {
        assertEquals(Optional.empty(), PublicAddress.reachable(null));
        assertEquals(Optional.empty(), PublicAddress.reachable("  "));
        assertEquals(Optional.empty(), PublicAddress.reachable("auth.example.org"), "no scheme");
        assertEquals(Optional.empty(), PublicAddress.reachable("ftp://auth.example.org"));
        assertEquals(Optional.empty(), PublicAddress.reachable("https://exa mple.org"));
    }
}
