package dev.bastion.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LikeTest {

    @Test
    void typedTextIsLowerCasedTrimmedAndItsWildcardsEscaped() {
        assertEquals("%aria%", Like.contains("  ARIA "));
        assertEquals("100\\%\\_a\\\\b%", Like.prefix("100%_a\\b"));
    }

    @Test
    void blankTextIsNoCondition() {
        assertTrue(Like.blank(null));
        assertTrue(Like.blank("  "));
        assertFalse(Like.blank("a"));
        assertEquals("%%", Like.contains(null));
    }
}
