package dev.bastion.esi.model;

import dev.bastion.platform.BastionVersion;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EsiResponseTest {

    static String http(Instant i) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(i.atZone(ZoneOffset.UTC));
    }

    @Test
    void readsHeadersCaseInsensitively() {
        EsiResponse r = new EsiResponse(200, "", Map.of("expires", "Sat, 21 Nov 2026 12:00:00 GMT", "x-pages", "7",
                "retry-after", "1.5"));
        assertEquals(Instant.parse("2026-11-21T12:00:00Z"), r.expires().orElseThrow());
        assertEquals(7, r.pages());
        assertEquals(1.5, r.retryAfterSeconds().orElseThrow());
    }

    @Test
    void badHeadersAreTreatedAsAbsent() {
        EsiResponse r = new EsiResponse(200, "", Map.of("Expires", "soon", "X-Pages", "many"));
        assertTrue(r.expires().isEmpty());
        assertEquals(1, r.pages());
    }

    @Test
    void userAgentNamesProductVersionAndContact() {
        assertEquals("Bastion/1.2.3 (ops@example.org)", BastionVersion.userAgent("1.2.3", "ops@example.org"));
        assertEquals("Bastion/1.2.3", BastionVersion.userAgent("1.2.3", ""));
    }
}
