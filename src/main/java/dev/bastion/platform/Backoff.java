package dev.bastion.platform;

import java.time.Duration;

/** Exponential backoff for server errors and timeouts: base, 2x base, 4x base ... capped. */
public record Backoff(Duration base, Duration cap) {

    /** Wait before retry number {@code retry} (1 for the first retry). */
    public Duration delay(int retry) {
        if (retry < 1) {
            return Duration.ZERO;
        }
        long factor = 1L << Math.min(retry - 1, 20);
        Duration d = base.multipliedBy(factor);
        return d.compareTo(cap) > 0 ? cap : d;
    }
}
