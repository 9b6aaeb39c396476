package dev.bastion.eve.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SecurityStatusTest {

    @Test
    void roundedToOneDecimalAsTheClientShowsIt() {
        assertEquals("0.5", SecurityStatus.shown(0.459));
        assertEquals("0.4", SecurityStatus.shown(0.449));
        assertEquals("1.0", SecurityStatus.shown(0.9999));
        assertEquals("-0.9", SecurityStatus.shown(-0.873));
    }

    @Test
    void lowSecNeverShowsAsNullSec() {
        assertEquals("0.1", SecurityStatus.shown(0.0001));
        assertEquals("0.1", SecurityStatus.shown(0.049));
        assertEquals("0.0", SecurityStatus.shown(0.0));
        assertEquals("0.0", SecurityStatus.shown(-0.04));
    }

    @Test
    void colourBandsStopAtZero() {
        assertEquals(10, SecurityStatus.band(1.0));
        assertEquals(5, SecurityStatus.band(0.46));
        assertEquals(1, SecurityStatus.band(0.01));
        assertEquals(0, SecurityStatus.band(-0.7));
    }
}
