package dev.bastion.esi.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pacing arithmetic on ESI's floating-window rate limit. */
class RateLimitBucketTest {

    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void noHeadersMeansNoWait() {
        assertEquals(Duration.ZERO, new RateLimitBucket().delayBeforeNext(NOW));
    }

    @Test
    void parsesTheLimitHeader() {
        RateLimitBucket b = new RateLimitBucket();
        b.observe("150/15m", "140");
        assertEquals(150, b.limit());
        assertEquals(Duration.ofMinutes(15), b.window());
        b.observe("3600/1h", null);
        assertEquals(Duration.ofHours(1), b.window());
        assertEquals(140, b.remaining());
    }

    @Test
    void plentyOfTokensMeansNoWait() {
        RateLimitBucket b = new RateLimitBucket();
        b.observe("150/15m", "15");
        assertEquals(Duration.ZERO, b.delayBeforeNext(NOW));
    }

    @Test
    void slowsDownBelowATenthOfTheLimit() {
        RateLimitBucket b = new RateLimitBucket();
        // 150 per 15 minutes: one token comes back every 6 s; the line is 15 tokens.
        b.observe("150/15m", "14");
        assertEquals(Duration.ofSeconds(6), b.delayBeforeNext(NOW));
        b.observe(null, "0");
        assertEquals(Duration.ofSeconds(90), b.delayBeforeNext(NOW));
    }

    @Test
    void smallLimitsKeepAFloorOfFiveTokens() {
        assertEquals(5, RateLimitBucket.threshold(15));
        assertEquals(360, RateLimitBucket.threshold(3600));
    }

    @Test
    void a429BlocksUntilRetryAfter() {
        RateLimitBucket b = new RateLimitBucket();
        b.observe("150/15m", "100");
        b.blockFor(Duration.ofSeconds(30), NOW);
        assertEquals(Duration.ofSeconds(20), b.delayBeforeNext(NOW.plusSeconds(10)));
        assertEquals(Duration.ZERO, b.delayBeforeNext(NOW.plusSeconds(31)));
    }

    @Test
    void malformedHeadersAreIgnored() {
        RateLimitBucket b = new RateLimitBucket();
        b.observe("lots", "many");
        assertEquals(Duration.ZERO, b.delayBeforeNext(NOW));
    }

    @Test
    void item10_interactiveCallsAreNotPacedUntilTheLastToken() {
        RateLimitBucket b = new RateLimitBucket();
        b.observe("150/15m", "3");
        assertEquals(Duration.ofSeconds(72), b.delayBeforeNext(NOW, EsiPriority.BACKGROUND));
        assertEquals(Duration.ZERO, b.delayBeforeNext(NOW, EsiPriority.INTERACTIVE));
        b.observe(null, "0");
        assertEquals(Duration.ofSeconds(6), b.delayBeforeNext(NOW, EsiPriority.INTERACTIVE), "one token's refill");
    }

    @Test
    void item10_a429BlocksInteractiveCallsToo() {
        RateLimitBucket b = new RateLimitBucket();
        b.observe("150/15m", "100");
        b.blockFor(Duration.ofSeconds(30), NOW);
        assertEquals(Duration.ofSeconds(30), b.delayBeforeNext(NOW, EsiPriority.INTERACTIVE));
    }
}
