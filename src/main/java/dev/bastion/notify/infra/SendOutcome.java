package dev.bastion.notify.infra;

import dev.bastion.platform.Backoff;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.time.Duration;
import java.util.Map;

/**
 * What Discord's answer to a webhook post means for the sender, read from status, headers and body:
 * delivered (perhaps with the bucket now empty), rate-limited for a while, a server failure to retry
 * with backoff, a message Discord rejects, or a webhook that no longer exists.
 */
public record SendOutcome(Kind kind, Duration pause, String discordMessageId, String error) {

    /** The sender's reading of an answer. */
    public enum Kind { DELIVERED, RATE_LIMITED, SERVER_ERROR, REJECTED, WEBHOOK_GONE }

    /** Discord documents no default; upstream waited 10 minutes when a 429 named no time. */
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofMinutes(10);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    /** Headers with lower-case names. */
    public static SendOutcome of(int status, Map<String, String> headers, String body) {
        if (status >= 200 && status < 300) {
            Duration wait = "0".equals(headers.get("x-ratelimit-remaining"))
                    ? seconds(headers.get("x-ratelimit-reset-after")) : null;
            return new SendOutcome(Kind.DELIVERED, wait == null ? Duration.ZERO : wait, messageId(body), null);
        }
        if (status == 429) {
            Duration wait = retryAfterFromBody(body);
            if (wait == null) {
                wait = seconds(headers.get("retry-after"));
            }
            if (wait == null) {
                wait = seconds(headers.get("x-ratelimit-reset-after"));
            }
            return new SendOutcome(Kind.RATE_LIMITED, wait == null ? DEFAULT_RATE_LIMIT_WAIT : wait, null,
                    "429 rate limited" + (wait == null ? " (no retry time given)" : ""));
        }
        if (status == 401 || status == 403 || status == 404) {
            return new SendOutcome(Kind.WEBHOOK_GONE, Duration.ZERO, null,
                    "Discord answered " + status + ": the webhook was deleted or its token is wrong");
        }
        if (status >= 500 || status == 408) {
            return new SendOutcome(Kind.SERVER_ERROR, Duration.ZERO, null, "Discord answered " + status);
        }
        return new SendOutcome(Kind.REJECTED, Duration.ZERO, null, "Discord rejected the message (" + status + "): "
                + abbreviate(body));
    }

    /** A network failure or timeout: retried like a server error. */
    public static SendOutcome unreachable(String reason) {
        return new SendOutcome(Kind.SERVER_ERROR, Duration.ZERO, null, "Discord unreachable: " + reason);
    }

    /** Backoff after the n-th consecutive failure: 1 s, 2 s, 4 s … at most 5 minutes. */
    public static Duration backoff(int failures) {
        return new Backoff(Duration.ofSeconds(1), MAX_BACKOFF).delay(failures);
    }

    private static Duration retryAfterFromBody(String body) {
        JsonObject o = json(body);
        if (o != null && o.get("retry_after") instanceof JsonNumber n) {
            return millis(n.doubleValue());
        }
        return null;
    }

    private static String messageId(String body) {
        JsonObject o = json(body);
        return o != null && o.get("id") instanceof JsonString s ? s.getString() : null;
    }

    /** Discord's times are seconds, possibly fractional ("0.35"). */
    static Duration seconds(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return millis(Double.parseDouble(value.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Duration millis(double seconds) {
        if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return null;
        }
        return Duration.ofMillis((long) Math.ceil(seconds * 1000));
    }

    private static JsonObject json(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (var r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }
}
