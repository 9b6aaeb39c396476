package dev.bastion.eve.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jumps, light years and space classes on the real map of New Eden. */
class NewEdenMapTest {

    static final int JITA = 30000142, PERIMETER = 30000144, HUOLA = 30003067, HARAS = 30003087, SOSALA = 30003070;
    static final int THERA = 31000005;
    /** Two Pochven systems linked by Pochven's own gates (Kuharah -> Tunudan is a few jumps). */
    static final int KUHARAH = 30000021, TUNUDAN = 30002770;
    static final NewEdenMap MAP = RealMap.MAP;

    @Test
    void theWholeMapIsLoaded() {
        assertEquals(8437, MAP.systemCount());
        assertEquals(13776, MAP.gateLinkCount());
    }

    @Test
    void lightYearsMatchTheKillTrackerFixtures() {
        assertEquals(5.847, MAP.lightYears(HUOLA, HARAS).orElseThrow(), 0.0005);
        assertEquals(1.328, MAP.lightYears(HUOLA, SOSALA).orElseThrow(), 0.0005);
        assertEquals(0.0, MAP.lightYears(HUOLA, HUOLA).orElseThrow(), 0.0);
    }

    @Test
    void lightYearsAreSymmetricAndUseCcpsFactor() {
        assertEquals(MAP.lightYears(HUOLA, HARAS).orElseThrow(), MAP.lightYears(HARAS, HUOLA).orElseThrow(), 1e-12);
        MapSystem a = new MapSystem(1, "a", 0, 0, 0, 0, 0, 0);
        MapSystem b = new MapSystem(2, "b", 0, 0, 0, 9.46e15, 0, 0);
        assertEquals(1.0, NewEdenMap.lightYears(a, b), 1e-12);
    }

    @Test
    void gateNeighboursAreOneJumpApart() {
        assertEquals(1, MAP.jumps(JITA, PERIMETER).orElseThrow());
        assertEquals(1, MAP.jumps(PERIMETER, JITA).orElseThrow());
    }

    @Test
    void theSameSystemIsZeroJumps() {
        assertEquals(0, MAP.jumps(JITA, JITA).orElseThrow());
    }

    @Test
    void wormholeSpaceHasNoRoute() {
        assertTrue(MAP.jumps(JITA, THERA).isEmpty());
        assertTrue(MAP.jumps(THERA, JITA).isEmpty());
    }

    @Test
    void item7_jumpsFromOrToPochvenAreUndefinedThoughItsGatesLinkIt() {
        assertTrue(MAP.jumps(KUHARAH, TUNUDAN).isEmpty());
        assertTrue(MAP.jumps(KUHARAH, KUHARAH).isEmpty(), "not even 0 jumps to itself");
        assertTrue(MAP.jumpsAvoidingHighSec(KUHARAH, TUNUDAN).isEmpty());
        assertTrue(MAP.jumps(HUOLA, KUHARAH).isEmpty());
    }

    @Test
    void item7_jumpsFromWormholeSpaceAreUndefinedEvenToItself() {
        assertTrue(MAP.jumps(THERA, THERA).isEmpty());
        assertTrue(MAP.jumpsAvoidingHighSec(THERA, THERA).isEmpty());
    }

    @Test
    void unknownSystemsHaveNoAnswer() {
        assertTrue(MAP.jumps(JITA, 123).isEmpty());
        assertTrue(MAP.lightYears(123, JITA).isEmpty());
        assertTrue(MAP.spaceClass(123).isEmpty());
    }

    @Test
    void everyKnownSpaceRouteIsSymmetricForASample() {
        int[] sample = {JITA, HUOLA, HARAS, SOSALA, 30002187 /* Amarr */, 30002053 /* Hek */};
        for (int from : sample) {
            for (int to : sample) {
                assertEquals(MAP.jumps(from, to), MAP.jumps(to, from), from + "->" + to);
            }
        }
    }

    @Test
    void avoidingHighSecNeverGivesAShorterRoute() {
        int[] sample = {HUOLA, HARAS, SOSALA, 30002187, 30002053};
        for (int from : sample) {
            for (int to : sample) {
                var shortest = MAP.jumps(from, to);
                var avoiding = MAP.jumpsAvoidingHighSec(from, to);
                if (avoiding.isPresent()) {
                    assertTrue(avoiding.getAsInt() >= shortest.getAsInt(), from + "->" + to);
                }
            }
        }
    }

    @Test
    void avoidingHighSecFromInsideHighSecFindsNoWayOut() {
        // Jita's neighbours are all high-sec, so a route that may not enter high-sec cannot leave Jita.
        assertTrue(MAP.jumpsAvoidingHighSec(JITA, HUOLA).isEmpty());
        assertTrue(MAP.jumps(JITA, HUOLA).isPresent());
        // ... but the neighbour itself may be reached: the destination may be high-sec.
        assertEquals(1, MAP.jumpsAvoidingHighSec(JITA, PERIMETER).orElseThrow());
    }

    @Test
    void spaceClassesOfRealSystems() {
        assertEquals(SpaceClass.HIGH_SEC, MAP.spaceClass(JITA).orElseThrow());
        assertEquals(SpaceClass.LOW_SEC, MAP.spaceClass(HUOLA).orElseThrow());
        assertEquals(SpaceClass.W_SPACE, MAP.spaceClass(THERA).orElseThrow());
        long pochven = MAP.systemCount() > 0 ? countIn(SpaceClass.POCHVEN) : 0;
        assertEquals(27, pochven, "Pochven has 27 systems");
        assertTrue(countIn(SpaceClass.NULL_SEC) > 3000);
    }

    private static long countIn(SpaceClass spaceClass) {
        long n = 0;
        for (int id = 30_000_000; id < 30_100_000; id++) {
            if (MAP.spaceClass(id).filter(c -> c == spaceClass).isPresent()) {
                n++;
            }
        }
        return n;
    }
}
