package dev.bastion.killtracker.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The stored tracker: colour normalisation (spec S27), its rules snapshot, and copying. */
class TrackerEntityTest {

    @Test
    void s27_blackIsStoredAsNoColour() {
        Tracker t = new Tracker();
        t.getRules().setColor("#000000");
        assertEquals("", t.getRules().getColor());
        t.getRules().setColor("ff0000");
        assertEquals("#FF0000", t.getRules().getColor());
    }

    @Test
    void rulesCarryEveryClauseAndACopyIsDisabled() {
        Tracker t = new Tracker();
        t.getRules().setName("Caps near home");
        t.getRules().setOriginSolarSystemId(30003067);
        t.getRules().setMaxDistance(7.0);
        t.setIds(RefList.VICTIM_SHIP_GROUPS, List.of(485L, 547L));
        t.setEnabled(true);
        TrackerRules r = t.rules();
        assertEquals(30003067, r.getOriginSolarSystemId());
        assertEquals(7.0, r.getMaxDistance());
        assertEquals(java.util.Set.of(485L, 547L), r.list(RefList.VICTIM_SHIP_GROUPS));
        Tracker copy = t.copyNamed("Caps near home (copy)");
        assertFalse(copy.isEnabled());
        assertEquals(List.of(485L, 547L), copy.ids(RefList.VICTIM_SHIP_GROUPS));
        assertEquals(7.0, copy.rules().getMaxDistance());
        assertEquals("Caps near home (copy)", copy.getName());
        assertEquals("Caps near home", t.getName(), "the original keeps its name");
    }
}
