package dev.bastion.killtracker.model;

import dev.bastion.platform.Backoff;

import java.time.Duration;

/**
 * How long the feed waits before it asks R2Z2 again, by zKillboard's rules (spec 2.2, "Protocol facts"):
 * after a 404 ("not published yet") at least 6 seconds, whatever the configuration says, because
 * zKillboard refuses readers that ask sooner; how often {@code sequence.json} is worth asking while
 * caught up (zKillboard moves it only every ~50 sequences, so only a hole makes it useful).
 */
public final class FeedPacing {

    /** zKillboard's floor after a 404. */
    public static final Duration ZKILLBOARD_404_FLOOR = Duration.ofSeconds(6);
    private static final Duration HEAD_CHECK_MIN = Duration.ofSeconds(5);
    private static final Duration HEAD_CHECK_MAX = Duration.ofSeconds(30);
    private static final Backoff SERVER_ERROR_BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    private FeedPacing() {
    }

    /** The configured wait after a 404, never below zKillboard's 6 s. */
    public static Duration after404(double configuredSeconds) {
        Duration configured = Double.isNaN(configuredSeconds) ? Duration.ZERO
                : Duration.ofMillis((long) Math.ceil(Math.max(0, configuredSeconds) * 1000));
        return configured.compareTo(ZKILLBOARD_404_FLOOR) < 0 ? ZKILLBOARD_404_FLOOR : configured;
    }

    /**
     * How old the known head may be when a 404 asks whether newer sequences exist: about the hole wait
     * (asking more often cannot skip a hole sooner), between 5 and 30 s.
     */
    public static Duration headCheck(long holeWaitSeconds) {
        Duration d = Duration.ofSeconds(Math.max(0, holeWaitSeconds));
        if (d.compareTo(HEAD_CHECK_MIN) < 0) {
            return HEAD_CHECK_MIN;
        }
        return d.compareTo(HEAD_CHECK_MAX) > 0 ? HEAD_CHECK_MAX : d;
    }

    /** zKillboard down (5xx, timeouts): 1 s, doubling, at most a minute, so that the feed catches up soon after. */
    public static Duration afterServerError(int failures) {
        return SERVER_ERROR_BACKOFF.delay(failures);
    }
}
