package dev.bastion.notify.infra;

import dev.bastion.notify.model.Webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Spec 5.5 D1–D5 and Discord's documented answers: what each means for the sender. */
class SendOutcomeTest {

    @Test
    void d01_deliveredWithDiscordsMessageId() {
        SendOutcome o = SendOutcome.of(200, Map.of(), "{\"id\":\"223704706495545344\",\"channel_id\":\"1\"}");
        assertEquals(SendOutcome.Kind.DELIVERED, o.kind());
        assertEquals("223704706495545344", o.discordMessageId());
        assertEquals(Duration.ZERO, o.pause());
    }

    @Test
    void deliveredWithAnEmptyBucketWaitsForTheReset() {
        SendOutcome o = SendOutcome.of(200, Map.of("x-ratelimit-remaining", "0", "x-ratelimit-reset-after", "1.25"), "");
        assertEquals(Duration.ofMillis(1250), o.pause());
        assertNull(o.discordMessageId(), "204 without wait=true has no body");
    }

    @Test
    void d02_unknownWebhookMeansTheWebhookIsGone() {
        assertEquals(SendOutcome.Kind.WEBHOOK_GONE, SendOutcome.of(404, Map.of(), "{\"message\":\"Unknown Webhook\"}").kind());
        assertEquals(SendOutcome.Kind.WEBHOOK_GONE, SendOutcome.of(401, Map.of(), "").kind());
        assertEquals(SendOutcome.Kind.WEBHOOK_GONE, SendOutcome.of(403, Map.of(), "").kind());
    }

    @Test
    void d03_rateLimitedForRetryAfterSecondsFromTheBody() {
        SendOutcome o = SendOutcome.of(429, Map.of("retry-after", "3"), "{\"message\":\"You are being rate limited.\",\"retry_after\":2.5,\"global\":false}");
        assertEquals(SendOutcome.Kind.RATE_LIMITED, o.kind());
        assertEquals(Duration.ofMillis(2500), o.pause(), "retry_after is seconds (upstream read milliseconds)");
    }

    @Test
    void rateLimitFallsBackToTheHeaders() {
        assertEquals(Duration.ofSeconds(3), SendOutcome.of(429, Map.of("retry-after", "3"), "").pause());
        assertEquals(Duration.ofMillis(700), SendOutcome.of(429, Map.of("x-ratelimit-reset-after", "0.7"), "oops").pause());
    }

    @Test
    void d04_rateLimitWithoutAnyTimeWaitsTenMinutes() {
        assertEquals(Duration.ofMinutes(10), SendOutcome.of(429, Map.of(), "").pause());
    }

    @Test
    void serverErrorsAndTimeoutsAreRetried() {
        assertEquals(SendOutcome.Kind.SERVER_ERROR, SendOutcome.of(500, Map.of(), "").kind());
        assertEquals(SendOutcome.Kind.SERVER_ERROR, SendOutcome.of(502, Map.of(), "").kind());
        assertEquals(SendOutcome.Kind.SERVER_ERROR, SendOutcome.unreachable("read timed out").kind());
    }

    @Test
    void aRejectedMessageKeepsDiscordsReason() {
        SendOutcome o = SendOutcome.of(400, Map.of(), "{\"code\":50035,\"message\":\"Invalid Form Body\"}");
        assertEquals(SendOutcome.Kind.REJECTED, o.kind());
        assertEquals("Discord rejected the message (400): {\"code\":50035,\"message\":\"Invalid Form Body\"}", o.error());
    }

    @Test
    void backoffDoublesUpToFiveMinutes() {
        assertEquals(Duration.ZERO, SendOutcome.backoff(0));
        assertEquals(Duration.ofSeconds(1), SendOutcome.backoff(1));
        assertEquals(Duration.ofSeconds(2), SendOutcome.backoff(2));
        assertEquals(Duration.ofSeconds(64), SendOutcome.backoff(7));
        assertEquals(Duration.ofMinutes(5), SendOutcome.backoff(12));
        assertEquals(Duration.ofMinutes(5), SendOutcome.backoff(1000));
    }
}
