package dev.bastion.esi.model;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ESI's floating-window rate limit for one (group, character) pair, as the X-Ratelimit-* headers
 * report it. Background work slows down before the tokens run out: below a tenth of the limit (at least
 * 5 tokens) each request waits one token's refill time per token below that line, which leaves those
 * last tokens to interactive requests; they wait only when no token is left. A 429 blocks everyone
 * until Retry-After.
 */
public final class RateLimitBucket {

    private static final Pattern LIMIT = Pattern.compile("(\\d+)/(\\d+)([smh])");

    private int limit = -1;
    private Duration window = Duration.ZERO;
    private int remaining = -1;
    private Instant blockedUntil = Instant.MIN;

    /** Records the headers of a response; null values mean the header was absent. */
    public synchronized void observe(String limitHeader, String remainingHeader) {
        if (limitHeader != null) {
            Matcher m = LIMIT.matcher(limitHeader.trim());
            if (m.matches()) {
                limit = Integer.parseInt(m.group(1));
                long amount = Long.parseLong(m.group(2));
                window = switch (m.group(3)) {
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
            }
        }
        if (remainingHeader != null) {
            try {
                remaining = Integer.parseInt(remainingHeader.trim());
            } catch (NumberFormatException ignored) {
                // a malformed header must not stop requests; keep the previous reading
            }
        }
    }

    /** A 429 answered: nothing more until the server's Retry-After has passed. */
    public synchronized void blockFor(Duration retryAfter, Instant now) {
        Instant until = now.plus(retryAfter);
        if (until.isAfter(blockedUntil)) {
            blockedUntil = until;
        }
    }

    /** How long the next background request must wait. */
    public Duration delayBeforeNext(Instant now) {
        return delayBeforeNext(now, EsiPriority.BACKGROUND);
    }

    /** How long the next request of this priority must wait. */
    public synchronized Duration delayBeforeNext(Instant now, EsiPriority priority) {
        if (blockedUntil.isAfter(now)) {
            return Duration.between(now, blockedUntil);
        }
        if (limit <= 0 || remaining < 0 || window.isZero()) {
            return Duration.ZERO;
        }
        int threshold = priority == EsiPriority.INTERACTIVE ? 1 : threshold(limit);
        if (remaining >= threshold) {
            return Duration.ZERO;
        }
        Duration perToken = window.dividedBy(limit);
        return perToken.multipliedBy(threshold - remaining);
    }

    /** The line below which requests are paced: a tenth of the limit, at least 5 tokens. */
    static int threshold(int limit) {
        return Math.max(5, (int) Math.ceil(limit * 0.1));
    }

    public synchronized int limit() {
        return limit;
    }

    public synchronized int remaining() {
        return remaining;
    }

    public synchronized Duration window() {
        return window;
    }
}
