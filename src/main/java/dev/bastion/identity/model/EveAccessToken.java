package dev.bastion.identity.model;

import java.time.Instant;
import java.util.List;

/** What Bastion takes from a verified EVE SSO access token. */
public record EveAccessToken(long characterId, String characterName, String ownerHash, List<String> scopes,
                             Instant expiresAt) {

    public boolean covers(List<String> required) {
        return scopes.containsAll(required);
    }
}
