package dev.bastion.esi.model;

import java.time.Duration;
import java.time.Instant;

/**
 * ESI's legacy error limit, shared by every request from this server: at most 100 non-2xx/3xx answers
 * per window, after which every route answers 420. Bastion stops at a floor (default 10 errors left)
 * until the window resets, and waits out a 420 the same way. Background work stops earlier, at its own
 * higher floor, so that what it spends (the kill feed bisecting unknown names) can never take the last
 * errors a person's request may need.
 */
public final class ErrorLimit {

    private final int floor;
    private final int backgroundFloor;
    private int remain = -1;
    private Instant resetAt = Instant.MIN;

    public ErrorLimit(int floor) {
        this(floor, floor);
    }

    /** backgroundFloor below floor is raised to it: background work never spends more than people may. */
    public ErrorLimit(int floor, int backgroundFloor) {
        this.floor = floor;
        this.backgroundFloor = Math.max(floor, backgroundFloor);
    }

    public synchronized void observe(String remainHeader, String resetHeader, Instant now) {
        try {
            if (remainHeader != null) {
                remain = Integer.parseInt(remainHeader.trim());
            }
            if (resetHeader != null) {
                resetAt = now.plusSeconds(Long.parseLong(resetHeader.trim()));
            }
        } catch (NumberFormatException ignored) {
            // a malformed header must not stop requests; keep the previous reading
        }
    }

    /** A 420 answered: blocked for the given time (Retry-After, else the reset header, else a minute). */
    public synchronized void limited(Duration wait, Instant now) {
        remain = 0;
        Instant until = now.plus(wait);
        if (until.isAfter(resetAt)) {
            resetAt = until;
        }
    }

    /** The wait for background work. */
    public Duration delayBeforeNext(Instant now) {
        return delayBeforeNext(now, EsiPriority.BACKGROUND);
    }

    public synchronized Duration delayBeforeNext(Instant now, EsiPriority priority) {
        int stopAt = priority == EsiPriority.INTERACTIVE ? floor : backgroundFloor;
        if (remain < 0 || remain > stopAt || !resetAt.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, resetAt);
    }

    public synchronized int remain() {
        return remain;
    }

    /** Errors left in the current window; -1 when unknown or when the last window has reset since. */
    public synchronized int remain(Instant now) {
        return resetAt.isAfter(now) ? remain : -1;
    }
}
