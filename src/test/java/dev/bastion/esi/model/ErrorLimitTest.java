package dev.bastion.esi.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The legacy error limit: stop at the floor until the window resets. */
class ErrorLimitTest {

    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void aboveTheFloorNoWait() {
        ErrorLimit e = new ErrorLimit(10);
        e.observe("11", "40", NOW);
        assertEquals(Duration.ZERO, e.delayBeforeNext(NOW));
    }

    @Test
    void atTheFloorWaitForTheReset() {
        ErrorLimit e = new ErrorLimit(10);
        e.observe("10", "40", NOW);
        assertEquals(Duration.ofSeconds(40), e.delayBeforeNext(NOW));
        assertEquals(Duration.ZERO, e.delayBeforeNext(NOW.plusSeconds(40)));
    }

    @Test
    void a420BlocksForItsWait() {
        ErrorLimit e = new ErrorLimit(10);
        e.limited(Duration.ofSeconds(25), NOW);
        assertEquals(Duration.ofSeconds(25), e.delayBeforeNext(NOW));
        assertEquals(0, e.remain());
    }

    @Test
    void item10_backgroundWorkStopsAtItsHigherFloorAndLeavesTheRestToInteractiveCalls() {
        ErrorLimit e = new ErrorLimit(10, 30);
        e.observe("30", "40", NOW);
        assertEquals(Duration.ofSeconds(40), e.delayBeforeNext(NOW, EsiPriority.BACKGROUND));
        assertEquals(Duration.ZERO, e.delayBeforeNext(NOW, EsiPriority.INTERACTIVE));
        e.observe("10", "40", NOW);
        assertEquals(Duration.ofSeconds(40), e.delayBeforeNext(NOW, EsiPriority.INTERACTIVE), "the last errors are nobody's");
    }

    @Test
    void item10_aBackgroundFloorBelowTheFloorIsRaisedToIt() {
        ErrorLimit e = new ErrorLimit(10, 2);
        e.observe("8", "40", NOW);
        assertEquals(Duration.ofSeconds(40), e.delayBeforeNext(NOW, EsiPriority.BACKGROUND));
    }
}
