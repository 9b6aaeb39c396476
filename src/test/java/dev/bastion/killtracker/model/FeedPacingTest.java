package dev.bastion.killtracker.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 9 item 8: the feed waits what zKillboard asks after a 404, never less. */
class FeedPacingTest {

    @Test
    void item8_theWaitAfterA404IsSixSecondsByDefaultAndNeverLess() {
        assertEquals(Duration.ofSeconds(6), FeedPacing.after404(6));
        assertEquals(Duration.ofSeconds(6), FeedPacing.after404(1), "below the floor is raised to it");
        assertEquals(Duration.ofSeconds(6), FeedPacing.after404(0));
        assertEquals(Duration.ofSeconds(6), FeedPacing.after404(-3));
        assertEquals(Duration.ofSeconds(6), FeedPacing.after404(Double.NaN));
    }

    @Test
    void item8_aLongerConfiguredWaitIsKept() {
        assertEquals(Duration.ofSeconds(10), FeedPacing.after404(10));
        assertEquals(Duration.ofMillis(7500), FeedPacing.after404(7.5));
    }

    @Test
    void item8_theHeadIsAskedAboutAsOftenAsTheHoleWaitNeedsBetweenFiveAndThirtySeconds() {
        assertEquals(Duration.ofSeconds(5), FeedPacing.headCheck(3));
        assertEquals(Duration.ofSeconds(20), FeedPacing.headCheck(20));
        assertEquals(Duration.ofSeconds(30), FeedPacing.headCheck(60));
    }

    @Test
    void aZkillboardOutageIsAskedAgainAfterOneSecondDoublingToAMinute() {
        assertEquals(java.time.Duration.ZERO, FeedPacing.afterServerError(0));
        assertEquals(java.time.Duration.ofSeconds(1), FeedPacing.afterServerError(1));
        assertEquals(java.time.Duration.ofSeconds(8), FeedPacing.afterServerError(4));
        assertEquals(java.time.Duration.ofMinutes(1), FeedPacing.afterServerError(7));
        assertEquals(java.time.Duration.ofMinutes(1), FeedPacing.afterServerError(40));
    }
}
