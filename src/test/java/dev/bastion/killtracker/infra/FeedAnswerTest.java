package dev.bastion.killtracker.infra;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Spec 5.5 F3–F8: what each R2Z2 answer means to the reader. */
class FeedAnswerTest {

    @Test
    void f01_aKillmailBodyIsFound() {
        assertInstanceOf(FeedAnswer.Found.class, FeedAnswer.of(200, null, "{}"));
    }

    @Test
    void f03_notFoundMeansNothingNewYet() {
        assertInstanceOf(FeedAnswer.NotFound.class, FeedAnswer.of(404, null, ""));
    }

    @Test
    void f05_serverErrorsFail() {
        assertEquals(new FeedAnswer.Failed("zKillboard answered 500"), FeedAnswer.of(500, null, ""));
    }

    @Test
    void f06_rateLimitedWithRetryAfterSeconds() {
        assertEquals(new FeedAnswer.RateLimited(Duration.ofSeconds(30)), FeedAnswer.of(429, "30", ""));
    }

    @Test
    void f04_f06_aMissingOrGarbageRetryAfterMeansTenSeconds() {
        assertEquals(new FeedAnswer.RateLimited(Duration.ofSeconds(10)), FeedAnswer.of(429, null, ""));
        assertEquals(new FeedAnswer.RateLimited(Duration.ofSeconds(10)), FeedAnswer.of(429, "soon", ""));
    }

    @Test
    void theSequenceFileIsRead() {
        assertEquals(12345, FeedAnswer.sequence("{\"sequence\": 12345}"));
        assertThrows(IllegalArgumentException.class, () -> FeedAnswer.sequence("this is not JSON"));
        assertThrows(IllegalArgumentException.class, () -> FeedAnswer.sequence("{}"));
    }
}
