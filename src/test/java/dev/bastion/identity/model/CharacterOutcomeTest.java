package dev.bastion.identity.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Item 13: the service says what happened; removing several tokens reports the worst of their revocations. */
class CharacterOutcomeTest {

    @Test
    void item13_theWorstRevocationOfSeveralTokensIsReported() {
        CharacterOutcome o = CharacterOutcome.of(CharacterOutcome.Kind.REMOVED, "Ivo Tenebris")
                .revoked(CharacterOutcome.Revocation.REVOKED)
                .revoked(CharacterOutcome.Revocation.SSO_UNREACHABLE)
                .revoked(CharacterOutcome.Revocation.REVOKED);
        assertEquals(CharacterOutcome.Revocation.SSO_UNREACHABLE, o.revocation());
        assertEquals("Ivo Tenebris", o.character());
    }

    @Test
    void item13_nothingDroppedMeansNoRevocation() {
        assertEquals(CharacterOutcome.Revocation.NONE,
                CharacterOutcome.of(CharacterOutcome.Kind.MAIN_CHANGED, "Aria Valen").revocation());
    }
}
