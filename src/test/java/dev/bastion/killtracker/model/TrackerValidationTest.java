package dev.bastion.killtracker.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spec 5.5, cases V1–V6 and the analogous checks for factions, states and war kills. */
class TrackerValidationTest {

    static List<String> fields(TrackerRules t) {
        return TrackerValidation.problems(t, true).stream().map(TrackerValidation.Problem::field).toList();
    }

    static TrackerRules named() {
        return new TrackerRules().name("Test");
    }

    @Test
    void v1_aPlainTrackerSaves() {
        assertEquals(List.of(), fields(named()));
    }

    @Test
    void v2_maxJumpsNeedsAnOrigin() {
        assertEquals(List.of("origin"), fields(named().maxJumps(10)));
        assertEquals(List.of(), fields(named().maxJumps(10).origin(30003067)));
    }

    @Test
    void v3_maxDistanceNeedsAnOrigin() {
        assertEquals(List.of("origin"), fields(named().maxDistance(5.0)));
    }

    @Test
    void v4_minAttackersAboveMaxAttackers() {
        assertEquals(List.of("minAttackers"), fields(named().minAttackers(10).maxAttackers(5)));
    }

    @Test
    void v5_allFourSpaceExcludes() {
        assertEquals(List.of("excludeHighSec"), fields(named().excludeHighSec(true).excludeLowSec(true)
                .excludeNullSec(true).excludeWSpace(true)));
    }

    @Test
    void v6_excludeAndRequireNpc() {
        assertEquals(List.of("requireNpc"), fields(named().excludeNpc(true).requireNpc(true)));
    }

    @Test
    void excludeAndRequireWar() {
        assertEquals(List.of("requireWar"), fields(named().excludeWar(true).requireWar(true)));
    }

    @Test
    void theSameOrganisationCannotBeRequiredAndExcluded() {
        for (RefList[] pair : new RefList[][] {
                {RefList.REQUIRE_ATTACKER_ALLIANCES, RefList.EXCLUDE_ATTACKER_ALLIANCES},
                {RefList.REQUIRE_ATTACKER_CORPORATIONS, RefList.EXCLUDE_ATTACKER_CORPORATIONS},
                {RefList.REQUIRE_ATTACKER_FACTIONS, RefList.EXCLUDE_ATTACKER_FACTIONS},
                {RefList.REQUIRE_ATTACKER_STATES, RefList.EXCLUDE_ATTACKER_STATES},
                {RefList.REQUIRE_VICTIM_ALLIANCES, RefList.EXCLUDE_VICTIM_ALLIANCES},
                {RefList.REQUIRE_VICTIM_CORPORATIONS, RefList.EXCLUDE_VICTIM_CORPORATIONS},
                {RefList.REQUIRE_VICTIM_FACTIONS, RefList.EXCLUDE_VICTIM_FACTIONS},
                {RefList.REQUIRE_VICTIM_STATES, RefList.EXCLUDE_VICTIM_STATES}}) {
            assertEquals(List.of(pair[1].name()), fields(named().list(pair[0], 7L, 8L).list(pair[1], 8L)), pair[0].name());
        }
    }

    @Test
    void finalBlowModeNeedsARequiredOrganisation() {
        assertEquals(List.of("finalBlowMode"), fields(named().finalBlowMode(true)));
        assertEquals(List.of(), fields(named().finalBlowMode(true).list(RefList.REQUIRE_ATTACKER_CORPORATIONS, 1L)));
    }

    @Test
    void nameWebhookColourAndNegativeNumbers() {
        assertEquals(List.of("name", "webhook"), TrackerValidation.problems(new TrackerRules(), false).stream()
                .map(TrackerValidation.Problem::field).toList());
        assertEquals(List.of("color"), fields(named().color("red")));
        assertEquals(List.of("minValue", "minAttackers"), fields(named().minValueMillions(-1L).minAttackers(-2)));
        assertTrue(fields(named().color("#00ff00")).isEmpty());
    }
}
