package dev.bastion.identity.infra;

import dev.bastion.identity.app.TokenService;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens this server obtained, by SSO token id, until shortly before they expire. Kept in
 * memory only: an access token is worth 20 minutes of ESI access and never needs to reach the database.
 * Read only under the SSO token's row lock ({@link TokenService#accessToken}), so a token that was
 * invalidated or deleted is never served from here.
 */
@ApplicationScoped
public class AccessTokens {

    /** Margin before the expiry: an ESI call started with the token must still find it valid. */
    static final Duration MARGIN = Duration.ofSeconds(60);

    private record Held(String accessToken, Instant expiresAt) {
    }

    private final Map<Long, Held> held = new ConcurrentHashMap<>();

    public void hold(long tokenId, String accessToken, Instant expiresAt) {
        held.put(tokenId, new Held(accessToken, expiresAt));
    }

    public void forget(long tokenId) {
        held.remove(tokenId);
    }

    public Optional<String> current(long tokenId, Instant now) {
        Held h = held.get(tokenId);
        return h != null && h.expiresAt().minus(MARGIN).isAfter(now) ? Optional.of(h.accessToken()) : Optional.empty();
    }
}
