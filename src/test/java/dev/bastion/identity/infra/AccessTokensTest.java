package dev.bastion.identity.infra;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessTokensTest {

    private final Instant now = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void aHeldTokenIsServedUntilAMinuteBeforeItExpires() {
        AccessTokens tokens = new AccessTokens();
        tokens.hold(7, "jwt", now.plusSeconds(1199));

        assertEquals(Optional.of("jwt"), tokens.current(7, now));
        assertEquals(Optional.of("jwt"), tokens.current(7, now.plusSeconds(1138)));
        assertEquals(Optional.empty(), tokens.current(7, now.plusSeconds(1139)), "less than a minute left: refresh");
    }

    @Test
    void aForgottenOrUnknownTokenIsNotServed() {
        AccessTokens tokens = new AccessTokens();
        tokens.hold(7, "jwt", now.plusSeconds(1199));
        tokens.forget(7);

        assertEquals(Optional.empty(), tokens.current(7, now));
        assertEquals(Optional.empty(), tokens.current(8, now));
    }
}
