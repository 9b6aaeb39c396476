package dev.bastion.killtracker.infra;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9 item 8: IDs ESI does not know are not asked again until their TTL ends. */
class UnknownIdsTest {

    static final Instant T0 = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void item8_anUnknownIdIsNotAskedAgainWithinItsTtl() {
        UnknownIds<Long> unknown = new UnknownIds<>(100);
        unknown.remember(97_000_001L, T0, Duration.ofHours(1));
        assertTrue(unknown.isKnownUnknown(97_000_001L, T0.plusSeconds(3599)));
        assertFalse(unknown.isKnownUnknown(97_000_002L, T0), "another ID is asked");
    }

    @Test
    void item8_afterItsTtlAnUnknownIdIsAskedAgain() {
        UnknownIds<Long> unknown = new UnknownIds<>(100);
        unknown.remember(97_000_001L, T0, Duration.ofMinutes(1));
        assertFalse(unknown.isKnownUnknown(97_000_001L, T0.plusSeconds(60)));
        assertFalse(unknown.isKnownUnknown(97_000_001L, T0), "and forgotten once expired");
    }

    @Test
    void item8_theCacheStaysBoundedAndKeepsTheNewest() {
        UnknownIds<Long> unknown = new UnknownIds<>(10);
        for (long id = 1; id <= 100; id++) {
            unknown.remember(id, T0.plusSeconds(id), Duration.ofHours(1));
        }
        assertTrue(unknown.size() <= 10, "size " + unknown.size());
        assertTrue(unknown.isKnownUnknown(100L, T0.plusSeconds(100)));
    }
}
