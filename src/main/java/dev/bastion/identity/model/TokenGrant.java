package dev.bastion.identity.model;

/** The answer of the token endpoint: a verified access token and the (new) refresh token. */
public record TokenGrant(String accessToken, String refreshToken, EveAccessToken claims) {

    @Override
    public String toString() {
        // Never let a token reach a log line through string concatenation.
        return "TokenGrant[character=" + claims.characterId() + ", scopes=" + claims.scopes() + "]";
    }
}
