package dev.bastion.killtracker.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.OptionalInt;

import static dev.bastion.killtracker.model.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spec 5.3, cases T1–T11: tracker info on a match (distance, jumps, main organisation, main ship group). */
class TrackerInfoTest {

    final Fixtures.World world = new Fixtures.World();
    final TrackerMatcher matcher = new TrackerMatcher(world, Duration.ofMinutes(60));

    TrackerInfo info(long killmailId) {
        return matcher.match(new TrackerRules(), killmail(killmailId), NOW).info();
    }

    @Test
    void t01_jumpsDistanceMainAllianceAndMainShipGroup() {
        world.route(HUOLA, HARAS, 7);
        TrackerInfo info = matcher.match(new TrackerRules().origin(HUOLA), killmail(10000101), NOW).info();
        assertEquals(7, info.jumps());
        assertEquals(5.85, info.distance(), 0.01);
        assertEquals(new TrackerInfo.MainOrganization(3001, true, 3), info.mainOrganization());
        assertEquals(new TrackerInfo.MainShipGroup(COMBAT_BATTLECRUISER, 2), info.mainShipGroup());
    }

    @Test
    void t02_mainCorporationWhenAlliancesAreFewer() {
        assertEquals(new TrackerInfo.MainOrganization(2001, false, 2), info(10000403).mainOrganization());
    }

    @Test
    void t03_allianceWinsATieWithACorporation() {
        assertEquals(new TrackerInfo.MainOrganization(3001, true, 2), info(10000401).mainOrganization());
    }

    @Test
    void t04_noMainOrganisationBelowTwoAttackers() {
        assertNull(info(10000005).mainOrganization());
    }

    @Test
    void t05_factionOnlyAttackersHaveNoMainOrganisation() {
        assertNull(info(10000302).mainOrganization());
    }

    @Test
    void t06_mainShipGroupAtThreshold() {
        assertEquals(new TrackerInfo.MainShipGroup(COMBAT_BATTLECRUISER, 2), info(10006001).mainShipGroup());
    }

    @Test
    void t07_noMainShipGroupBelowAQuarter() {
        assertNull(info(10006002).mainShipGroup());
    }

    @Test
    void t08_mainCorporationWithoutAlliances() {
        assertEquals(new TrackerInfo.MainOrganization(2001, false, 2), info(10006003).mainOrganization());
    }

    @Test
    void t09_noMainCorporationBelowAQuarter() {
        assertNull(info(10006004).mainOrganization());
    }

    @Test
    void t10_aKillmailStillMatchesWhenTheRouteIsUnknown() {
        TrackerClauseTest.StubbedWorld noRoute = new TrackerClauseTest.StubbedWorld(OptionalInt.empty());
        MatchResult r = new TrackerMatcher(noRoute, Duration.ofMinutes(60))
                .match(new TrackerRules().origin(HUOLA), killmail(10000101), NOW);
        assertTrue(r.matched());
        assertNull(r.info().jumps());
    }

    @Test
    void t11_twoOfThreeAttackersMakeTheMainAlliance() {
        Killmail km = Synthetic.killmail()
                .attacker(Synthetic.attacker(1L, 11L, 77L, null, 603, null, true))
                .attacker(Synthetic.attacker(2L, 12L, 77L, null, 603, null, false))
                .attacker(Synthetic.attacker(3L, 13L, 78L, null, 603, null, false)).build();
        TrackerInfo info = matcher.match(new TrackerRules(), km, NOW).info();
        assertEquals(new TrackerInfo.MainOrganization(77, true, 2), info.mainOrganization());
    }
}
