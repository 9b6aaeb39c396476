package dev.bastion.identity.web;

import dev.bastion.identity.app.TokenService.Outcome;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TokenCheckMessagesTest {

    @Test
    void everyOutcomeIsToldInWords() {
        Map<Outcome, Integer> r = new EnumMap<>(Outcome.class);
        r.put(Outcome.REFRESHED, 12);
        r.put(Outcome.INVALIDATED, 1);
        r.put(Outcome.TRANSFERRED, 2);
        r.put(Outcome.UNAVAILABLE, 3);
        String words = TokenCheckMessages.of(r);
        assertEquals("SSO tokens checked: 18 tokens: 12 still work; 1 no longer works (EVE SSO refused it; its owner was told "
                + "to add the character again); 2 belong to a character that moved to another EVE account (it left its old "
                + "owner here); 3 could not be checked because EVE SSO did not answer (the next check tries again).", words);
        assertFalse(words.contains("REFRESHED") || words.contains("="), "no Map.toString()");
    }

    @Test
    void oneTokenAndNoTokenReadNaturally() {
        assertEquals("SSO tokens checked: 1 token: 1 still works.", TokenCheckMessages.of(Map.of(Outcome.REFRESHED, 1)));
        assertEquals("SSO tokens checked: there was no valid token to check.", TokenCheckMessages.of(Map.of()));
    }
}
