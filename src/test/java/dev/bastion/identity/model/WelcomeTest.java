package dev.bastion.identity.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WelcomeTest {

    @Test
    void aNewActiveUserIsWelcomedOnceTheirMainsAffiliationIsKnown() {
        assertTrue(Welcome.due(false, true, true));
        assertFalse(Welcome.due(false, true, false), "the state is not settled before the affiliation arrives");
        assertFalse(Welcome.due(true, true, true), "only once");
        assertFalse(Welcome.due(false, false, true), "not a deactivated user");
    }

    @Test
    void onlyAWelcomedUserIsToldOfAStateChange() {
        assertTrue(Welcome.announceChange(true));
        assertFalse(Welcome.announceChange(false));
    }

    @Test
    void theWelcomeNamesSiteMainAndStateAndWhatToDoNext() {
        assertEquals("Welcome to Bastion Demo Alliance, Aria Valen! Your state is Member. Next: add your alts under "
                + "My account (Add a character) and join the groups open to you.",
                Welcome.message("Bastion Demo Alliance", "Aria Valen", "Member", false));
    }

    @Test
    void aGuestIsToldWhyAndHowToGetIn() {
        String m = Welcome.message("Bastion", "Finn Drifter", "Guest", true);
        assertTrue(m.startsWith("Welcome to Bastion, Finn Drifter! Your main is not in a corporation or alliance"), m);
        assertTrue(m.contains("your state is Guest") && m.contains("make it your main"), m);
    }
}
