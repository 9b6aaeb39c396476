package dev.bastion.killtracker.web;

import dev.bastion.eve.model.SpaceClass;
import dev.bastion.killtracker.model.Evidence;
import dev.bastion.killtracker.model.RefList;
import dev.bastion.killtracker.model.TrackerClauses;
import dev.bastion.killtracker.model.TrackerRules;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The test run's sentences: names instead of IDs, "no alliance" instead of "alliance null", units. */
class VerdictWordsTest {

    static final Map<String, String> NAMES = Map.of("type:23911", "Thanatos", "type:603", "Merlin",
            "alliance:99300000", "Goonswarm Federation", "alliance:99000001", "Bastion Demo Alliance",
            "corporation:98000001", "Iron Wardens", "character:2112000001", "Aria Valen",
            "system:30002537", "Amamake", "constellation:20000372", "Hed", "region:10000030", "Heimatar");

    final VerdictWords words = new VerdictWords((kind, id) -> NAMES.getOrDefault(kind + ":" + id, "Unknown " + kind));

    @Test
    void matchedTypesAreNamed() {
        assertEquals("matched ship types: Thanatos",
                words.of(new Evidence.Types(RefList.VICTIM_SHIP_TYPES, List.of(23911), Set.of(23911))));
        assertEquals("none listed; the killmail has Merlin",
                words.of(new Evidence.Types(RefList.VICTIM_SHIP_GROUPS, List.of(603, 603), Set.of())));
        assertEquals("no weapon types on the killmail",
                words.of(new Evidence.Types(RefList.ATTACKER_WEAPON_TYPES, List.of(), Set.of())));
    }

    @Test
    void noAllianceIsSaidSo() {
        assertEquals("no alliance", words.of(new Evidence.Entries(RefList.REQUIRE_VICTIM_ALLIANCES, Set.of(), Set.of())));
        assertEquals("no attacker alliance", words.of(new Evidence.Entries(RefList.EXCLUDE_ATTACKER_ALLIANCES, Set.of(), Set.of())));
        assertEquals("final blow by Aria Valen (Iron Wardens, no alliance)",
                words.of(new Evidence.FinalBlow(true, 2112000001L, 98000001L, null)));
    }

    @Test
    void organisationsAreNamed() {
        assertEquals("listed and present: Goonswarm Federation", words.of(new Evidence.Entries(RefList.EXCLUDE_ATTACKER_ALLIANCES,
                Set.of(99300000L, 99000001L), Set.of(99300000L))));
        assertEquals("not listed: the killmail has Bastion Demo Alliance", words.of(new Evidence.Entries(
                RefList.REQUIRE_ATTACKER_ALLIANCES, Set.of(99000001L), Set.of())));
        assertEquals("matched: Bastion Demo Alliance", words.of(new Evidence.Entries(RefList.REQUIRE_ATTACKER_ALLIANCES,
                Set.of(99000001L), Set.of(99000001L))));
    }

    @Test
    void placesDistancesAndCountsHaveUnits() {
        assertEquals("in Amamake (low sec 0.4, Hed, Heimatar)",
                words.of(new Evidence.Place(30002537, SpaceClass.LOW_SEC, 0.4, 20000372, 10000030)));
        assertEquals("3 jumps from the origin; limit 5 jumps", words.of(new Evidence.Jumps(3, 5)));
        assertEquals("no gate route from the origin; limit 1 jump", words.of(new Evidence.Jumps(null, 1)));
        assertEquals("4.20 ly from the origin; limit 6 ly", words.of(new Evidence.Distance(4.2, 6.0)));
        assertEquals("2 attackers; at least 10 pilots", words.of(new Evidence.AttackerCount(2, 10, true)));
        assertEquals("worth 50.00m ISK; minimum 500.00m ISK", words.of(new Evidence.Value(50_000_000d, 500)));
        assertEquals("value unknown; minimum 1.00m ISK", words.of(new Evidence.Value(null, 1)));
        assertEquals("not a war kill", words.of(new Evidence.War(null)));
        assertEquals("an NPC kill", words.of(new Evidence.Npc(true)));
    }

    @Test
    void clauseAmountsHaveUnits() {
        List<TrackerClauses.Clause> c = TrackerClauses.of(new TrackerRules().origin(30002537).maxJumps(5).maxDistance(6.5)
                .minValueMillions(500L).minAttackers(1).excludeNpc(true).list(RefList.EXCLUDE_ATTACKER_ALLIANCES, 99300000L));
        assertEquals(List.of("Origin solar system", "Require max jumps", "Require max distance", "Require min value",
                "Exclude NPC kills", "Require min attackers", "Exclude attacker alliances"), c.stream().map(TrackerClauses.Clause::label).toList());
        assertEquals(List.of("", "5 jumps", "6.5 ly", "500.00m ISK", "", "1 pilot", ""), c.stream().map(Referents::amount).toList());
        assertEquals("system", Referents.kind(c.get(0).referent()));
        assertEquals(List.of(99300000L), c.get(6).ids());
        assertEquals("alliance", Referents.kind(c.get(6).referent()));
    }
}
