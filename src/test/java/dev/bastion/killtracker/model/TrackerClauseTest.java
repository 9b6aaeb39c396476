package dev.bastion.killtracker.model;

import dev.bastion.eve.model.MapSystem;
import dev.bastion.eve.model.NewEdenMap;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static dev.bastion.killtracker.model.Synthetic.attacker;
import static dev.bastion.killtracker.model.Synthetic.killmail;
import static dev.bastion.killtracker.model.Synthetic.victim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spec 5.2 synthetic cases S1–S28 and the [QUIRK]s built the intended way. */
class TrackerClauseTest {

    static final long A1 = 99_000_101, A2 = 99_000_102, C1 = 98_000_101, C2 = 98_000_102, F1 = 500001, F2 = 500004;
    final Fixtures.World world = new Fixtures.World();
    final TrackerMatcher matcher = new TrackerMatcher(world, Duration.ofMinutes(60));

    boolean matches(TrackerRules t, Killmail km) {
        return matcher.match(t, km, Fixtures.NOW).matched();
    }

    static Killmail withAttackerAlliance(long alliance, boolean finalBlow) {
        return killmail().attacker(attacker(1L, 5L, alliance, null, 603, 2977, finalBlow)).build();
    }

    @Test
    void s01_valueBelowTheMinimumIsRejected() {
        assertFalse(matches(new TrackerRules().minValueMillions(51L), killmail().value(50_000_000d).build()));
        assertTrue(matches(new TrackerRules().minValueMillions(50L), killmail().value(50_000_000d).build()));
    }

    @Test
    void s02_noValueIsTreatedLikeZero() {
        assertFalse(matches(new TrackerRules().minValueMillions(51L), killmail().value(null).build()));
    }

    @Test
    void s03_s04_attackerWeaponGroups() {
        TrackerRules t = new TrackerRules().list(RefList.ATTACKER_WEAPON_GROUPS, Fixtures.PROJECTILE_WEAPON);
        assertTrue(matches(t, killmail().attacker(attacker(1L, 2L, null, null, 603, 2977, true)).build()));
        assertFalse(matches(t, killmail().attacker(attacker(1L, 2L, null, null, 603, 2488, true)).build()));
    }

    @Test
    void s05_attackerWeaponTypes() {
        TrackerRules t = new TrackerRules().list(RefList.ATTACKER_WEAPON_TYPES, 2977);
        assertTrue(matches(t, killmail().attacker(attacker(1L, 2L, null, null, 603, 2977, true)).build()));
        assertFalse(matches(t, killmail().attacker(attacker(1L, 2L, null, null, 603, 2488, true)).build()));
    }

    @Test
    void s06_requireAttackerAlliances() {
        TrackerRules t = new TrackerRules().list(RefList.REQUIRE_ATTACKER_ALLIANCES, A1);
        assertTrue(matches(t, withAttackerAlliance(A1, true)));
        assertFalse(matches(t, withAttackerAlliance(A2, true)));
    }

    @Test
    void s07_excludeAttackerAlliances() {
        TrackerRules t = new TrackerRules().list(RefList.EXCLUDE_ATTACKER_ALLIANCES, A1);
        assertTrue(matches(t, withAttackerAlliance(A2, true)));
        assertFalse(matches(t, withAttackerAlliance(A1, true)));
    }

    @Test
    void s08_finalBlowModeMatchesTheFinalBlowAttackersAlliance() {
        TrackerRules t = new TrackerRules().list(RefList.REQUIRE_ATTACKER_ALLIANCES, A1).finalBlowMode(true);
        assertTrue(matches(t, withAttackerAlliance(A1, true)));
    }

    @Test
    void s09_finalBlowModeIgnoresOtherAttackers() {
        TrackerRules t = new TrackerRules().list(RefList.REQUIRE_ATTACKER_ALLIANCES, A1).finalBlowMode(true);
        Killmail km = killmail().attacker(attacker(1L, 5L, A1, null, 603, 2977, false))
                .attacker(attacker(2L, 6L, A2, null, 603, 2977, true)).build();
        assertFalse(matches(t, km));
    }

    @Test
    void s10_s13_corporationsFollowTheSamePatterns() {
        Killmail c1 = killmail().attacker(attacker(1L, C1, null, null, 603, 2977, true)).build();
        Killmail c2 = killmail().attacker(attacker(1L, C2, null, null, 603, 2977, true)).build();
        assertTrue(matches(new TrackerRules().list(RefList.REQUIRE_ATTACKER_CORPORATIONS, C1), c1));
        assertFalse(matches(new TrackerRules().list(RefList.REQUIRE_ATTACKER_CORPORATIONS, C1), c2));
        assertTrue(matches(new TrackerRules().list(RefList.EXCLUDE_ATTACKER_CORPORATIONS, C1), c2));
        assertFalse(matches(new TrackerRules().list(RefList.EXCLUDE_ATTACKER_CORPORATIONS, C1), c1));
        TrackerRules finalBlow = new TrackerRules().list(RefList.REQUIRE_ATTACKER_CORPORATIONS, C1).finalBlowMode(true);
        assertTrue(matches(finalBlow, c1));
        assertFalse(matches(finalBlow, killmail().attacker(attacker(1L, C1, null, null, 603, 2977, false))
                .attacker(attacker(2L, C2, null, null, 603, 2977, true)).build()));
    }

    @Test
    void finalBlowModeWithoutAnyFinalBlowIsRejected() {
        TrackerRules t = new TrackerRules().list(RefList.REQUIRE_ATTACKER_ALLIANCES, A1).finalBlowMode(true);
        assertFalse(matches(t, withAttackerAlliance(A1, false)));
    }

    @Test
    void finalBlowModeMatchesAllianceOrCorporation() {
        TrackerRules t = new TrackerRules().list(RefList.REQUIRE_ATTACKER_ALLIANCES, A1)
                .list(RefList.REQUIRE_ATTACKER_CORPORATIONS, C1).finalBlowMode(true);
        assertTrue(matches(t, killmail().attacker(attacker(1L, C1, A2, null, 603, 2977, true)).build()));
    }

    @Test
    void requiredAlliancesAndCorporationsTogetherMustBothHold() {
        TrackerRules t = new TrackerRules().list(RefList.REQUIRE_ATTACKER_ALLIANCES, A1)
                .list(RefList.REQUIRE_ATTACKER_CORPORATIONS, C1);
        assertFalse(matches(t, killmail().attacker(attacker(1L, C2, A1, null, 603, 2977, true)).build()));
        assertTrue(matches(t, killmail().attacker(attacker(1L, C2, A1, null, 603, 2977, true))
                .attacker(attacker(2L, C1, A2, null, 603, 2977, false)).build()));
    }

    @Test
    void s14_requireVictimAlliances() {
        TrackerRules t = new TrackerRules().list(RefList.REQUIRE_VICTIM_ALLIANCES, A1);
        assertFalse(matches(t, killmail().victim(victim(1L, C1, A2, null, 603)).build()));
        assertTrue(matches(t, killmail().victim(victim(1L, C1, A1, null, 603)).build()));
        assertFalse(matches(t, killmail().victim(victim(1L, C1, null, null, 603)).build()), "victim without alliance");
    }

    @Test
    void s15_excludeVictimAlliances() {
        TrackerRules t = new TrackerRules().list(RefList.EXCLUDE_VICTIM_ALLIANCES, A1);
        assertFalse(matches(t, killmail().victim(victim(1L, C1, A1, null, 603)).build()));
        assertTrue(matches(t, killmail().victim(victim(1L, C1, A2, null, 603)).build()));
    }

    @Test
    void s16_victimCorporations() {
        Killmail c1 = killmail().victim(victim(1L, C1, null, null, 603)).build();
        Killmail c2 = killmail().victim(victim(1L, C2, null, null, 603)).build();
        assertTrue(matches(new TrackerRules().list(RefList.REQUIRE_VICTIM_CORPORATIONS, C1), c1));
        assertFalse(matches(new TrackerRules().list(RefList.REQUIRE_VICTIM_CORPORATIONS, C1), c2));
        assertFalse(matches(new TrackerRules().list(RefList.EXCLUDE_VICTIM_CORPORATIONS, C1), c1));
        assertTrue(matches(new TrackerRules().list(RefList.EXCLUDE_VICTIM_CORPORATIONS, C1), c2));
    }

    @Test
    void s17_requireAttackerFactions() {
        Killmail km = killmail().attacker(attacker(null, null, null, F1, 603, null, true)).build();
        assertTrue(matches(new TrackerRules().list(RefList.REQUIRE_ATTACKER_FACTIONS, F1), km));
        assertFalse(matches(new TrackerRules().list(RefList.REQUIRE_ATTACKER_FACTIONS, F2), km));
    }

    @Test
    void s18_excludeAttackerFactions() {
        Killmail km = killmail().attacker(attacker(null, null, null, F1, 603, null, true)).build();
        assertTrue(matches(new TrackerRules().list(RefList.EXCLUDE_ATTACKER_FACTIONS, F2), km));
        assertFalse(matches(new TrackerRules().list(RefList.EXCLUDE_ATTACKER_FACTIONS, F1), km));
    }

    @Test
    void s19_victimFactions() {
        Killmail km = killmail().victim(victim(1L, C1, null, F1, 603)).build();
        assertTrue(matches(new TrackerRules().list(RefList.REQUIRE_VICTIM_FACTIONS, F1), km));
        assertFalse(matches(new TrackerRules().list(RefList.REQUIRE_VICTIM_FACTIONS, F2), km));
        assertTrue(matches(new TrackerRules().list(RefList.EXCLUDE_VICTIM_FACTIONS, F2), km));
        assertFalse(matches(new TrackerRules().list(RefList.EXCLUDE_VICTIM_FACTIONS, F1), km));
    }

    @Test
    void s20_excludeVictimStates() {
        world.states.put(1L, 100L);
        world.states.put(2L, 50L);
        TrackerRules t = new TrackerRules().list(RefList.EXCLUDE_VICTIM_STATES, 100);
        assertFalse(matches(t, killmail().victim(victim(1L, C1, null, null, 603)).build()));
        assertTrue(matches(t, killmail().victim(victim(2L, C1, null, null, 603)).build()));
    }

    @Test
    void requireVictimStatesRejectsAVictimWithoutCharacter() {
        world.states.put(1L, 100L);
        assertFalse(matches(new TrackerRules().list(RefList.REQUIRE_VICTIM_STATES, 100),
                killmail().victim(victim(null, C1, null, null, 603)).build()));
    }

    @Test
    void s21_warKills() {
        Killmail peace = killmail().build();
        Killmail war = killmail().war(99L).build();
        assertTrue(matches(new TrackerRules().excludeWar(true), peace));
        assertFalse(matches(new TrackerRules().excludeWar(true), war));
        assertFalse(matches(new TrackerRules().requireWar(true), peace));
        assertTrue(matches(new TrackerRules().requireWar(true), war));
    }

    @Test
    void s22_minAttackers() {
        assertTrue(matches(new TrackerRules().minAttackers(3), killmail().attackers(5).build()));
        assertFalse(matches(new TrackerRules().minAttackers(3), killmail().attackers(1).build()));
    }

    @Test
    void s23_maxAttackers() {
        assertTrue(matches(new TrackerRules().maxAttackers(3), killmail().attackers(2).build()));
        assertFalse(matches(new TrackerRules().maxAttackers(3), killmail().attackers(5).build()));
    }

    @Test
    void s24_maxJumps() {
        world.route(Fixtures.HUOLA, 1, 1).route(Fixtures.HUOLA, 2, 99);
        TrackerRules t = new TrackerRules().origin(Fixtures.HUOLA).maxJumps(3);
        // systems 1 and 2 are unknown to the map: only the mocked route decides
        assertTrue(matches(t, killmail().system(1).build()));
        assertFalse(matches(t, killmail().system(2).build()));
    }

    @Test
    void s25_maxDistance() {
        StubbedWorld w = new StubbedWorld(OptionalInt.of(1));
        TrackerMatcher m = new TrackerMatcher(w, Duration.ofMinutes(60));
        TrackerRules t = new TrackerRules().origin(Fixtures.HUOLA).maxDistance(3.0);
        w.distance = 1;
        assertTrue(m.match(t, killmail().system(Fixtures.HARAS).build(), Fixtures.NOW).matched());
        w.distance = 99;
        assertFalse(m.match(t, killmail().system(Fixtures.HARAS).build(), Fixtures.NOW).matched());
    }

    @Test
    void s26_spaceClassExcludes() {
        int low = Fixtures.ABUNE, high = Fixtures.CHARMEROUT, nul = Fixtures.HED_GP, wormhole = 31_002_000;
        assertTrue(matches(new TrackerRules().excludeHighSec(true), killmail().system(low).build()));
        assertFalse(matches(new TrackerRules().excludeHighSec(true), killmail().system(high).build()));
        assertTrue(matches(new TrackerRules().excludeLowSec(true), killmail().system(high).build()));
        assertFalse(matches(new TrackerRules().excludeLowSec(true), killmail().system(low).build()));
        assertTrue(matches(new TrackerRules().excludeNullSec(true), killmail().system(high).build()));
        assertFalse(matches(new TrackerRules().excludeNullSec(true), killmail().system(nul).build()));
        assertTrue(matches(new TrackerRules().excludeWSpace(true), killmail().system(high).build()));
        assertFalse(matches(new TrackerRules().excludeWSpace(true), killmail().system(wormhole).build()));
    }

    @Test
    void pochvenIsNeverExcludedByTheFourSpaceClasses() {
        int pochvenSystem = world.map().system(30001372).filter(s -> s.regionId() == 10000070).map(MapSystem::id)
                .orElseGet(() -> findPochvenSystem());
        TrackerRules t = new TrackerRules().excludeHighSec(true).excludeLowSec(true).excludeNullSec(true);
        assertTrue(matches(t, killmail().system(pochvenSystem).build()));
    }

    private int findPochvenSystem() {
        for (int id = 30000001; id < 30006000; id++) {
            Optional<MapSystem> s = world.map().system(id);
            if (s.isPresent() && s.get().regionId() == 10000070) {
                return id;
            }
        }
        throw new AssertionError("the bundled map has no Pochven system");
    }

    @Test
    void s28_distanceAndJumpsInTheTrackerInfo() {
        StubbedWorld w = new StubbedWorld(OptionalInt.of(1));
        w.distance = 1.2;
        TrackerMatcher m = new TrackerMatcher(w, Duration.ofMinutes(60));
        TrackerInfo info = m.match(new TrackerRules().origin(Fixtures.HUOLA), killmail().system(Fixtures.HARAS).build(),
                Fixtures.NOW).info();
        assertEquals(1, info.jumps());
        assertEquals(1.2, info.distance(), 1e-9);
        TrackerInfo noOrigin = m.match(new TrackerRules(), killmail().system(Fixtures.HARAS).build(), Fixtures.NOW).info();
        assertNull(noOrigin.jumps());
        assertNull(noOrigin.distance());
        StubbedWorld noRoute = new StubbedWorld(OptionalInt.empty());
        noRoute.distance = 1.2;
        TrackerInfo unrouted = new TrackerMatcher(noRoute, Duration.ofMinutes(60)).match(
                new TrackerRules().origin(Fixtures.HUOLA), killmail().system(Fixtures.HARAS).build(), Fixtures.NOW).info();
        assertNull(unrouted.jumps());
        assertEquals(1.2, unrouted.distance(), 1e-9);
    }

    @Test
    void quirkMultiEntryExcludeListsExcludeWhenAnyListedOrganisationIsPresent() {
        Killmail km = withAttackerAlliance(A1, true);
        assertFalse(matches(new TrackerRules().list(RefList.EXCLUDE_ATTACKER_ALLIANCES, A1, A2), km));
        Killmail victimInA1 = killmail().victim(victim(1L, C1, A1, null, 603)).build();
        assertFalse(matches(new TrackerRules().list(RefList.EXCLUDE_VICTIM_ALLIANCES, A1, A2), victimInA1));
    }

    @Test
    void quirkZeroLimitsMeanZero() {
        Killmail sameSystem = killmail().system(Fixtures.HUOLA).build();
        Killmail nextDoor = killmail().system(Fixtures.SOSALA).build();
        TrackerRules zeroJumps = new TrackerRules().origin(Fixtures.HUOLA).maxJumps(0);
        assertTrue(matches(zeroJumps, sameSystem));
        assertFalse(matches(zeroJumps, nextDoor));
        assertFalse(matches(new TrackerRules().maxAttackers(0), killmail().attackers(1).build()));
        assertTrue(matches(new TrackerRules().minValueMillions(0L), killmail().value(0d).build()));
    }

    @Test
    void quirkExcludeHighSecAlsoAvoidsHighSecOnTheRouteForMaxJumps() {
        // Jita to Amarr is 9 jumps through high-sec but far more (or none) when high-sec must be avoided.
        int jita = 30000142, amarr = 30002187;
        Killmail km = killmail().system(amarr).build();
        int shortest = world.map().jumps(jita, amarr).orElseThrow();
        TrackerRules throughHighSec = new TrackerRules().origin(jita).maxJumps(shortest);
        assertTrue(matches(throughHighSec, km));
        TrackerRules avoiding = new TrackerRules().origin(jita).maxJumps(shortest).excludeLowSec(true);
        assertTrue(matches(avoiding, km), "only exclude high sec changes the route");
        TrackerRules avoidHigh = new TrackerRules().origin(jita).maxJumps(shortest).excludeHighSec(true);
        Killmail lowSecKill = killmail().system(Fixtures.HARAS).build();
        int shortestToHaras = world.map().jumps(jita, Fixtures.HARAS).orElseThrow();
        OptionalInt avoidingHighSec = world.map().jumpsAvoidingHighSec(jita, Fixtures.HARAS);
        assertTrue(avoidingHighSec.isEmpty() || avoidingHighSec.getAsInt() > shortestToHaras);
        assertFalse(matches(new TrackerRules().origin(jita).maxJumps(shortestToHaras).excludeHighSec(true), lowSecKill));
        assertTrue(matches(new TrackerRules().origin(jita).maxJumps(shortestToHaras), lowSecKill));
        assertFalse(matches(avoidHigh, km), "Amarr itself is high-sec");
    }

    @Test
    void item7_maxJumpsFromAPochvenOriginFailsAsJumpsAreUndefinedThere() {
        int kuharah = 30000021, tunudan = 30002770;
        TrackerRules t = new TrackerRules().origin(kuharah).maxJumps(5);
        assertFalse(matches(t, killmail().system(kuharah).build()));
        assertFalse(matches(t, killmail().system(tunudan).build()));
        assertNull(matcher.match(new TrackerRules().origin(kuharah), killmail().system(tunudan).build(), Fixtures.NOW)
                .info().jumps(), "the tracker info shows unknown jumps too");
    }

    @Test
    void item7_maxJumpsZeroFromAWormholeOriginFailsEvenInTheOriginItself() {
        TrackerRules t = new TrackerRules().origin(Fixtures.THERA).maxJumps(0);
        assertFalse(matches(t, killmail().system(Fixtures.THERA).build()));
    }

    @Test
    void distanceIsUnknownForWormholeSpaceAndThenMaxDistanceRejects() {
        TrackerRules t = new TrackerRules().origin(Fixtures.HUOLA).maxDistance(1000.0);
        assertFalse(matches(t, killmail().system(Fixtures.THERA).build()));
    }

    @Test
    void explainModeEvaluatesEveryClause() {
        TrackerRules t = new TrackerRules().excludeNpc(true).minAttackers(10).excludeHighSec(true);
        MatchResult r = matcher.explain(t, killmail().system(Fixtures.CHARMEROUT).attackers(2).build(), Fixtures.NOW, false);
        assertFalse(r.matched());
        assertEquals(List.of("Max age:PASSED", "Exclude NPC kills:PASSED", "Exclude high sec:FAILED",
                        "Require min attackers:FAILED"),
                r.verdicts().stream().map(v -> v.clause() + ":" + v.outcome()).toList());
        MatchResult stopped = matcher.match(t, killmail().system(Fixtures.CHARMEROUT).attackers(2).build(), Fixtures.NOW);
        assertEquals("Exclude high sec", stopped.firstFailure().clause());
        assertEquals(1, stopped.verdicts().size(), "feed mode stops at the first failed clause and keeps only it");
    }

    /** A world whose distance and route are fixed, as upstream's tests mock them. */
    static final class StubbedWorld implements KillWorld {
        final OptionalInt jumps;
        double distance;

        StubbedWorld(OptionalInt jumps) {
            this.jumps = jumps;
        }

        @Override
        public NewEdenMap map() {
            return dev.bastion.eve.infra.BundledSde.INSTANCE.map;
        }

        @Override
        public Integer groupOf(int typeId) {
            return null;
        }

        @Override
        public Long stateOf(long characterId) {
            return null;
        }

        @Override
        public OptionalInt jumps(int from, int to, boolean avoidHighSec) {
            return jumps;
        }

        @Override
        public OptionalDouble lightYears(int from, int to) {
            return OptionalDouble.of(distance);
        }
    }
}
