package dev.bastion.killtracker.infra;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.time.Duration;

/**
 * What one R2Z2 request answered, read from status, headers and body (spec 2.2): a body to process,
 * "not published yet", a rate limit with its wait, or a failure to retry with backoff.
 */
public sealed interface FeedAnswer {

    /** zKillboard's documented default when a 429 names no time. */
    Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(10);

    record Found(String body) implements FeedAnswer {
    }

    record NotFound() implements FeedAnswer {
    }

    record RateLimited(Duration retryAfter) implements FeedAnswer {
    }

    record Failed(String reason) implements FeedAnswer {
    }

    static FeedAnswer of(int status, String retryAfterHeader, String body) {
        if (status == 200) {
            return new Found(body);
        }
        if (status == 404) {
            return new NotFound();
        }
        if (status == 429) {
            return new RateLimited(retryAfter(retryAfterHeader));
        }
        return new Failed("zKillboard answered " + status);
    }

    /** Retry-After in seconds; absent or unreadable means the default. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            double seconds = Double.parseDouble(header.strip());
            return seconds < 0 ? DEFAULT_RETRY_AFTER : Duration.ofMillis((long) Math.ceil(seconds * 1000));
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    /** The number in {@code sequence.json}. */
    static long sequence(String body) {
        try (var r = Json.createReader(new StringReader(body == null ? "" : body))) {
            JsonObject o = r.readObject();
            if (o.get("sequence") instanceof JsonNumber n) {
                return n.longValue();
            }
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("sequence.json is not JSON: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("sequence.json has no sequence number");
    }
}
