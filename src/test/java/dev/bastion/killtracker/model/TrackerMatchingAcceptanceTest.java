package dev.bastion.killtracker.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.bastion.killtracker.model.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Spec 5.2, cases A1–A32: the fixture killmails through one tracker each; the set that matches. */
class TrackerMatchingAcceptanceTest {

    static final long MEMBER_STATE = 100;
    final Fixtures.World world = new Fixtures.World();
    final TrackerMatcher matcher = new TrackerMatcher(world, Duration.ofMinutes(60));

    Set<Long> matching(TrackerRules t, long... ids) {
        Set<Long> out = new TreeSet<>();
        for (Killmail km : killmails(ids)) {
            if (matcher.match(t, km, NOW).matched()) {
                out.add(km.id());
            }
        }
        return out;
    }

    static Set<Long> ids(long... ids) {
        Set<Long> out = new TreeSet<>();
        for (long id : ids) {
            out.add(id);
        }
        return out;
    }

    static final long[] ONE_TO_FIVE = {10000001, 10000002, 10000003, 10000004, 10000005};
    static final long[] ONE_TO_FOUR = {10000001, 10000002, 10000003, 10000004};
    static final long[] ONE_TO_FIVE_AND_NPC = {10000001, 10000002, 10000003, 10000004, 10000005, 10000301};

    @Test
    void a01_aTrackerWithoutClausesCatchesAll() {
        assertEquals(ids(ONE_TO_FIVE), matching(new TrackerRules(), ONE_TO_FIVE));
    }

    @Test
    void a02_killmailsOlderThanTheMaxAgeAreDroppedUnlessIgnored() {
        Killmail fresh = killmail(10000001);
        Killmail old = killmail(10000002).at(NOW.minusSeconds(3601));
        TrackerRules t = new TrackerRules();
        assertEquals(true, matcher.match(t, fresh, NOW).matched());
        assertEquals(false, matcher.match(t, old, NOW).matched());
        assertEquals(true, matcher.explain(t, old, NOW, true).matched());
    }

    @Test
    void a03_aKillmailWithoutSolarSystemSkipsGeography() {
        assertEquals(ids(10000402), matching(new TrackerRules().excludeHighSec(true), 10000402));
    }

    @Test
    void a04_excludeHighSec() {
        assertEquals(ids(10000001, 10000003, 10000004), matching(new TrackerRules().excludeHighSec(true), ONE_TO_FOUR));
    }

    @Test
    void a05_excludeLowSec() {
        assertEquals(ids(10000002, 10000003, 10000004), matching(new TrackerRules().excludeLowSec(true), ONE_TO_FOUR));
    }

    @Test
    void a06_excludeNullSec() {
        assertEquals(ids(10000001, 10000002, 10000004), matching(new TrackerRules().excludeNullSec(true), ONE_TO_FOUR));
    }

    @Test
    void a07_excludeWSpace() {
        assertEquals(ids(10000001, 10000002, 10000003), matching(new TrackerRules().excludeWSpace(true), ONE_TO_FOUR));
    }

    @Test
    void a08_minAttackers() {
        assertEquals(ids(10000001), matching(new TrackerRules().minAttackers(3), ONE_TO_FOUR));
    }

    @Test
    void a09_maxAttackers() {
        assertEquals(ids(10000002, 10000003, 10000004), matching(new TrackerRules().maxAttackers(2), ONE_TO_FOUR));
    }

    @Test
    void a10_maxJumpsFromOrigin() {
        world.route(HUOLA, HARAS, 7).route(HUOLA, SOSALA, 3).route(HUOLA, HUOLA, 0);
        assertEquals(ids(10000102, 10000103),
                matching(new TrackerRules().origin(HUOLA).maxJumps(3), 10000101, 10000102, 10000103));
    }

    @Test
    void a10_maxJumpsFromOriginOnTheRealMap() {
        assertEquals(ids(10000102, 10000103),
                matching(new TrackerRules().origin(HUOLA).maxJumps(3), 10000101, 10000102, 10000103));
    }

    @Test
    void a11_maxDistanceFromOrigin() {
        assertEquals(ids(10000102, 10000103),
                matching(new TrackerRules().origin(HUOLA).maxDistance(2.0), 10000101, 10000102, 10000103));
    }

    @Test
    void a12_excludeNullSecAndRequireAttackerAlliance() {
        assertEquals(ids(10000001, 10000002, 10000004), matching(new TrackerRules().excludeNullSec(true)
                .list(RefList.REQUIRE_ATTACKER_ALLIANCES, 3001), ONE_TO_FIVE));
    }

    @Test
    void a13_requireRegion() {
        assertEquals(ids(10000003), matching(new TrackerRules().list(RefList.REGIONS, 10000014), ONE_TO_FOUR));
    }

    @Test
    void a14_requireConstellation() {
        assertEquals(ids(10000003), matching(new TrackerRules().list(RefList.CONSTELLATIONS, 20000169), ONE_TO_FOUR));
    }

    @Test
    void a15_requireSolarSystem() {
        assertEquals(ids(10000003), matching(new TrackerRules().list(RefList.SOLAR_SYSTEMS, HED_GP), ONE_TO_FOUR));
    }

    @Test
    void a16_requireAttackerShipGroups() {
        TrackerRules t = new TrackerRules().list(RefList.ATTACKER_SHIP_GROUPS, FRIGATE, TACTICAL_DESTROYER);
        assertEquals(ids(10000101), matching(t, 10000101, 10000201));
        assertEquals(List.of(SVIPUL), matcher.match(t, killmail(10000101), NOW).info().matchingShipTypeIds());
    }

    @Test
    void a17_requireVictimShipGroups() {
        TrackerRules t = new TrackerRules().list(RefList.VICTIM_SHIP_GROUPS, TACTICAL_DESTROYER);
        assertEquals(ids(10000101), matching(t, 10000101, 10000201));
        assertEquals(List.of(SVIPUL), matcher.match(t, killmail(10000101), NOW).info().matchingShipTypeIds());
    }

    @Test
    void a18_requireVictimShipTypes() {
        TrackerRules t = new TrackerRules().list(RefList.VICTIM_SHIP_TYPES, SVIPUL);
        assertEquals(ids(10000101), matching(t, 10000101, 10000201));
        assertEquals(List.of(SVIPUL), matcher.match(t, killmail(10000101), NOW).info().matchingShipTypeIds());
    }

    @Test
    void a19_requireAttackerShipTypes() {
        TrackerRules t = new TrackerRules().list(RefList.ATTACKER_SHIP_TYPES, SVIPUL);
        assertEquals(ids(10000101), matching(t, 10000101, 10000201));
        assertEquals(List.of(SVIPUL), matcher.match(t, killmail(10000101), NOW).info().matchingShipTypeIds());
    }

    @Test
    void a20_excludeNpcKills() {
        assertEquals(ids(ONE_TO_FIVE), matching(new TrackerRules().excludeNpc(true), ONE_TO_FIVE_AND_NPC));
    }

    @Test
    void a21_requireNpcKills() {
        assertEquals(ids(10000301), matching(new TrackerRules().requireNpc(true), ONE_TO_FIVE_AND_NPC));
    }

    @Test
    void a22_requireAttackerStates() {
        world.states.put(1011L, MEMBER_STATE);
        assertEquals(ids(10000005), matching(new TrackerRules().list(RefList.REQUIRE_ATTACKER_STATES, MEMBER_STATE),
                ONE_TO_FIVE));
    }

    @Test
    void a23_excludeAttackerStates() {
        world.states.put(1011L, MEMBER_STATE);
        assertEquals(ids(ONE_TO_FOUR), matching(new TrackerRules().list(RefList.EXCLUDE_ATTACKER_STATES, MEMBER_STATE),
                ONE_TO_FIVE));
    }

    @Test
    void a24_requireVictimStates() {
        world.states.put(1011L, MEMBER_STATE);
        assertEquals(ids(10000003, 10000004), matching(new TrackerRules().list(RefList.REQUIRE_VICTIM_STATES,
                MEMBER_STATE), 10000003, 10000004, 10000005));
    }

    @Test
    void a25_excludeWarKills() {
        assertEquals(ids(10000002, 10000003, 10000004, 10000005, 10000301),
                matching(new TrackerRules().excludeWar(true), ONE_TO_FIVE_AND_NPC));
    }

    @Test
    void a26_requireWarKills() {
        assertEquals(ids(10000001), matching(new TrackerRules().requireWar(true), ONE_TO_FIVE_AND_NPC));
    }

    @Test
    void a27_excludeAttackerAlliances() {
        assertEquals(ids(10000005), matching(new TrackerRules().list(RefList.EXCLUDE_ATTACKER_ALLIANCES, 3001),
                ONE_TO_FIVE));
    }

    @Test
    void a28_excludeAttackerCorporations() {
        assertEquals(ids(10000005), matching(new TrackerRules().list(RefList.EXCLUDE_ATTACKER_CORPORATIONS, 2001),
                10000003, 10000004, 10000005));
    }

    @Test
    void a29_requireAttackerAlliances() {
        assertEquals(ids(10000005), matching(new TrackerRules().list(RefList.REQUIRE_ATTACKER_ALLIANCES, 3011),
                ONE_TO_FIVE));
    }

    @Test
    void a30_requireAttackerCorporations() {
        assertEquals(ids(10000005), matching(new TrackerRules().list(RefList.REQUIRE_ATTACKER_CORPORATIONS, 2011),
                10000003, 10000004, 10000005));
    }

    @Test
    void a31_requireVictimAlliances() {
        assertEquals(ids(10000005), matching(new TrackerRules().list(RefList.REQUIRE_VICTIM_ALLIANCES, 3001),
                ONE_TO_FIVE));
    }

    @Test
    void a32_requireVictimCorporations() {
        assertEquals(ids(10000005), matching(new TrackerRules().list(RefList.REQUIRE_VICTIM_CORPORATIONS, 2001),
                10000003, 10000004, 10000005));
    }
}
