package dev.bastion.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackoffTest {

    @Test
    void doublesAndCaps() {
        Backoff b = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(3));
        assertEquals(Duration.ZERO, b.delay(0));
        assertEquals(Duration.ofMillis(500), b.delay(1));
        assertEquals(Duration.ofSeconds(1), b.delay(2));
        assertEquals(Duration.ofSeconds(2), b.delay(3));
        assertEquals(Duration.ofSeconds(3), b.delay(4));
        assertEquals(Duration.ofSeconds(3), b.delay(40));
    }
}
