package dev.bastion.platform;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DisplayTest {

    static final Instant T = Instant.parse("2026-12-01T19:28:42.270454Z");

    @Test
    void oneTimeFormatEverywhereInEveTime() {
        assertEquals("2026-12-01 19:28 EVE", Display.eveTime(T));
        assertEquals("2026-12-01 19:28:42 EVE", Display.eveTimeSeconds(T));
        assertEquals("2026-12-01", Display.eveDay(T));
        assertEquals("2026-12-01T19:28:42Z", Display.iso(T));
        assertEquals("", Display.eveTime(null));
    }

    @Test
    void everyTimeTypeIsReadAsTheSameInstant() {
        assertEquals(T, Display.instant(T));
        assertEquals(T, Display.instant(T.atOffset(ZoneOffset.ofHours(2))));
        assertEquals(T, Display.instant(OffsetDateTime.ofInstant(T, ZoneOffset.UTC).toZonedDateTime()));
        assertEquals(T, Display.instant(LocalDateTime.ofInstant(T, ZoneOffset.UTC)), "zone-less database times are UTC");
        assertEquals(T, Display.instant(Timestamp.from(T)));
        assertNull(Display.instant("19:28"));
    }

    @Test
    void relativeTimesByTheLargestUnit() {
        assertEquals("just now", Display.relative(T, T.plusSeconds(20)));
        assertEquals("3 min ago", Display.relative(T, T.plusSeconds(180)));
        assertEquals("5 h ago", Display.relative(T, T.plusSeconds(5 * 3600)));
        assertEquals("1 day ago", Display.relative(T, T.plusSeconds(86_400 + 600)));
        assertEquals("12 days ago", Display.relative(T, T.plusSeconds(12 * 86_400)));
        assertEquals("3 months ago", Display.relative(T, T.plusSeconds(92L * 86_400)));
        assertEquals("3 years ago", Display.relative(T, T.plusSeconds(3L * 366 * 86_400)));
        assertEquals("in 4 min", Display.relative(T.plusSeconds(240), T));
    }

    @Test
    void iskTheWayZkillboardWritesIt() {
        assertEquals("950.00 ISK", Display.isk(950));
        assertEquals("999.50 ISK", Display.isk(999.5));
        assertEquals("10.00k ISK", Display.isk(9999.5));
        assertEquals("12.50k ISK", Display.isk(12_500));
        assertEquals("1.20m ISK", Display.isk(1_200_000));
        assertEquals("86.18m ISK", Display.isk(86_180_108.73));
        assertEquals("1.00b ISK", Display.isk(1_000_000_000L));
        assertEquals("345.00b ISK", Display.isk(345_000_000_000L));
        assertEquals("2.50t ISK", Display.isk(2.5e12));
        assertEquals("-3.45b ISK", Display.isk(-3_450_000_000L));
        assertEquals("", Display.isk(null));
    }

    @Test
    void numbersWithThousandsSeparators() {
        assertEquals("12,345,678", Display.number(12_345_678));
        assertEquals("0.50", Display.number(0.5));
    }
}
