package dev.bastion.eve.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Item 4: unknown type IDs are remembered for a TTL, in bounded memory, and implausible IDs are refused. */
class UnknownTypeIdsTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void item4_aRefusedIdIsKnownUnknownUntilTheTtlEnds() {
        UnknownTypeIds ids = new UnknownTypeIds(Duration.ofMinutes(60), 100);
        assertFalse(ids.knownUnknown(88_888_888, T0));
        ids.remember(88_888_888, T0);
        assertTrue(ids.knownUnknown(88_888_888, T0.plusSeconds(1)));
        assertTrue(ids.knownUnknown(88_888_888, T0.plus(Duration.ofMinutes(59))));
        assertFalse(ids.knownUnknown(88_888_888, T0.plus(Duration.ofMinutes(60))), "asked again once the TTL is over");
        assertEquals(0, ids.size(), "the expired entry is dropped");
    }

    @Test
    void item4_theCacheNeverGrowsBeyondItsCapacity() {
        UnknownTypeIds ids = new UnknownTypeIds(Duration.ofMinutes(60), 3);
        for (int i = 1; i <= 10; i++) {
            ids.remember(i, T0.plusSeconds(i));
        }
        assertEquals(3, ids.size());
        assertTrue(ids.knownUnknown(10, T0.plusSeconds(11)), "the newest stays");
        assertFalse(ids.knownUnknown(1, T0.plusSeconds(11)), "the oldest went first");
    }

    @Test
    void item4_expiredEntriesMakeRoomBeforeLiveOnes() {
        UnknownTypeIds ids = new UnknownTypeIds(Duration.ofSeconds(10), 2);
        ids.remember(1, T0);
        ids.remember(2, T0.plusSeconds(8));
        ids.remember(3, T0.plusSeconds(12));
        assertTrue(ids.knownUnknown(2, T0.plusSeconds(12)));
        assertTrue(ids.knownUnknown(3, T0.plusSeconds(12)));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -587, 100_000_000L, Integer.MAX_VALUE, 3_000_000_000L})
    void item4_implausibleTypeIdsAreRefused(long id) {
        assertFalse(UnknownTypeIds.plausible(id));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 587, 23_773, 90_000_001L, 99_999_999L})
    void item4_plausibleTypeIdsPass(long id) {
        assertTrue(UnknownTypeIds.plausible(id));
    }

    @Test
    void aZeroCapacityIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new UnknownTypeIds(Duration.ofMinutes(1), 0));
    }
}
