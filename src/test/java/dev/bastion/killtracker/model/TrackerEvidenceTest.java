package dev.bastion.killtracker.model;

import dev.bastion.eve.model.SpaceClass;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static dev.bastion.killtracker.model.Synthetic.attacker;
import static dev.bastion.killtracker.model.Synthetic.killmail;
import static dev.bastion.killtracker.model.Synthetic.victim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Every verdict of an explained run carries the facts that decided it as values (IDs, counts, limits),
 * so the test run page can name them: no words and no bare "null" come out of the matcher.
 */
class TrackerEvidenceTest {

    final TrackerMatcher matcher = new TrackerMatcher(new Fixtures.World(), Duration.ofMinutes(60));

    private MatchResult.Verdict verdict(TrackerRules t, Killmail km, String clause) {
        return matcher.explain(t, km, Fixtures.NOW, true).verdicts().stream().filter(v -> v.clause().equals(clause))
                .findFirst().orElseThrow(() -> new AssertionError("no verdict for " + clause));
    }

    @Test
    void matchedShipTypesAreTheTypesThatMatched() {
        TrackerRules t = new TrackerRules().list(RefList.VICTIM_SHIP_TYPES, Fixtures.MERLIN);
        Killmail km = killmail().victim(victim(1L, 2L, null, null, Fixtures.MERLIN)).build();
        MatchResult.Verdict v = verdict(t, km, RefList.VICTIM_SHIP_TYPES.label());
        assertEquals(MatchResult.Outcome.PASSED, v.outcome());
        assertEquals(new Evidence.Types(RefList.VICTIM_SHIP_TYPES, List.of(Fixtures.MERLIN), Set.of(Fixtures.MERLIN)), v.evidence());
    }

    @Test
    void aVictimWithoutAllianceHasNoneRatherThanNull() {
        TrackerRules t = new TrackerRules().list(RefList.REQUIRE_VICTIM_ALLIANCES, 99_000_101L);
        Killmail km = killmail().victim(victim(1L, 2L, null, null, Fixtures.MERLIN)).build();
        MatchResult.Verdict v = verdict(t, km, RefList.REQUIRE_VICTIM_ALLIANCES.label());
        assertEquals(MatchResult.Outcome.FAILED, v.outcome());
        assertEquals(new Evidence.Entries(RefList.REQUIRE_VICTIM_ALLIANCES, Set.of(), Set.of()), v.evidence());
    }

    @Test
    void anExcludedAttackerAllianceIsNamedAsPresent() {
        TrackerRules t = new TrackerRules().list(RefList.EXCLUDE_ATTACKER_ALLIANCES, 99_000_101L);
        Killmail km = killmail().attacker(attacker(1L, 5L, 99_000_101L, null, 603, 2977, true))
                .attacker(attacker(2L, 6L, 99_000_102L, null, 603, 2977, false)).build();
        Evidence.Entries e = (Evidence.Entries) verdict(t, km, RefList.EXCLUDE_ATTACKER_ALLIANCES.label()).evidence();
        assertEquals(Set.of(99_000_101L, 99_000_102L), e.present());
        assertEquals(Set.of(99_000_101L), e.listed());
    }

    @Test
    void theFinalBlowNamesItsAttackerAndAMissingAllianceStaysNull() {
        TrackerRules t = new TrackerRules().list(RefList.REQUIRE_ATTACKER_CORPORATIONS, 5L).finalBlowMode(true);
        Killmail km = killmail().attacker(attacker(1L, 5L, null, null, 603, 2977, true)).build();
        assertEquals(new Evidence.FinalBlow(true, 1L, 5L, null),
                verdict(t, km, "Require attacker organizations final blow").evidence());
    }

    @Test
    void placeValueAttackersAndAgeAreValues() {
        TrackerRules t = new TrackerRules().excludeHighSec(true).minValueMillions(500L).minAttackers(10);
        Killmail km = killmail().system(Fixtures.CHARMEROUT).value(50_000_000d).attackers(2).build();
        Evidence.Place p = assertInstanceOf(Evidence.Place.class, verdict(t, km, "Exclude high sec").evidence());
        assertEquals(Fixtures.CHARMEROUT, p.solarSystemId());
        assertEquals(SpaceClass.HIGH_SEC, p.space());
        assertEquals(new Evidence.Value(50_000_000d, 500L), verdict(t, km, "Require min value").evidence());
        assertEquals(new Evidence.AttackerCount(2, 10, true), verdict(t, km, "Require min attackers").evidence());
        assertInstanceOf(Evidence.IgnoredInTestRun.class, verdict(t, km, "Max age").evidence());
    }
}
