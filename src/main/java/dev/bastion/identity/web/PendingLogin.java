package dev.bastion.identity.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * An SSO round trip in progress, kept in the session under its random state: the PKCE verifier,
 * what the round trip is for, and where to go afterwards. Used once, then removed.
 */
record PendingLogin(Purpose purpose, String codeVerifier, String next, Instant startedAt) implements Serializable {

    /** Why the user went to EVE SSO. */
    enum Purpose { LOGIN, ADD_CHARACTER }

    static final long MAX_AGE_SECONDS = 600;

    boolean expired(Instant now) {
        return startedAt.plusSeconds(MAX_AGE_SECONDS).isBefore(now);
    }
}
