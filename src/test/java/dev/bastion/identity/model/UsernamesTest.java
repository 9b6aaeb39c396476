package dev.bastion.identity.model;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UsernamesTest {

    @Test
    void spacesBecomeUnderscoresAndApostrophesGo() {
        assertEquals("Aria_Valen", Usernames.fromCharacterName("Aria Valen", n -> false));
        assertEquals("Dax_OOrlan", Usernames.fromCharacterName("Dax O'Orlan", n -> false));
    }

    @Test
    void aTakenNameGetsTheFirstFreeSuffix() {
        Set<String> taken = Set.of("Aria_Valen", "Aria_Valen_2");
        assertEquals("Aria_Valen_3", Usernames.fromCharacterName("Aria Valen", taken::contains));
    }

    @Test
    void anEmptyNameStillGivesAUsername() {
        assertEquals("pilot", Usernames.fromCharacterName("  ", n -> false));
    }
}
