package dev.bastion.identity.model;

/** What an action on one's characters did, for the page to put into words. */
public record CharacterOutcome(Kind kind, String character, Revocation revocation) {

    /** The possible results of adding, renewing, choosing the main, removing and revoking. */
    public enum Kind { ADDED, TOKEN_RENEWED, MAIN_CHANGED, REMOVED, TOKEN_REVOKED }

    /** What became of the grant at CCP when a token was dropped. */
    public enum Revocation {
        /** No grant was dropped. */
        NONE,
        /** Revoked at CCP too. */
        REVOKED,
        /** The stored token could not be decrypted, so it was only deleted here. */
        UNREADABLE,
        /** EVE SSO could not be reached: the grant still stands at CCP. */
        SSO_UNREACHABLE
    }

    public static CharacterOutcome of(Kind kind, String character) {
        return new CharacterOutcome(kind, character, Revocation.NONE);
    }

    /** The worse of two revocations, when several tokens were dropped. */
    public CharacterOutcome revoked(Revocation r) {
        return r.ordinal() > revocation.ordinal() ? new CharacterOutcome(kind, character, r) : this;
    }
}
