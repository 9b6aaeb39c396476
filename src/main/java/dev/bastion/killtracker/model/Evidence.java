package dev.bastion.killtracker.model;

import dev.bastion.eve.model.SpaceClass;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The facts one clause of a tracker was decided on, as values (IDs, counts, limits), never as words:
 * the admin's test run page names the IDs and writes the sentence.
 */
public sealed interface Evidence {

    /** Max age: when the kill happened and the configured limit. */
    record Age(Instant killedAt, Duration maxAge) implements Evidence {
    }

    /** The clause was not evaluated: a test run ignores max age. */
    record IgnoredInTestRun() implements Evidence {
    }

    /** Location clauses cannot be evaluated: the killmail names no solar system. */
    record NoSolarSystem() implements Evidence {
    }

    /** zKillboard's NPC flag. */
    record Npc(boolean npc) implements Evidence {
    }

    /** The war the kill belongs to, or null for none. */
    record War(Long warId) implements Evidence {
    }

    /** zKillboard's value in ISK (null when unknown) against the minimum in millions. */
    record Value(Double totalValue, long minimumMillions) implements Evidence {
    }

    /**
     * Where the kill happened: the system and what the map knows of it (all null but the ID, and space
     * {@link SpaceClass#OTHER}, when the system is not on the map).
     */
    record Place(int solarSystemId, SpaceClass space, Double security, Integer constellationId, Integer regionId)
            implements Evidence {
        public boolean known() {
            return regionId != null;
        }
    }

    /** Light years from the origin (null when not defined, e.g. w-space) against the limit. */
    record Distance(Double lightYears, double limit) implements Evidence {
    }

    /** Gate jumps from the origin (null for no route) against the limit. */
    record Jumps(Integer jumps, int limit) implements Evidence {
    }

    /** How many attackers the killmail lists against a minimum or a maximum. */
    record AttackerCount(int attackers, int limit, boolean minimum) implements Evidence {
    }

    /** Who dealt the final blow (all null when no attacker has it). */
    record FinalBlow(boolean present, Long characterId, Long corporationId, Long allianceId) implements Evidence {
    }

    /**
     * A list clause about organisations or states: what the killmail has of that kind and which of those
     * are on the tracker's list.
     */
    record Entries(RefList list, Set<Long> present, Set<Long> listed) implements Evidence {
    }

    /**
     * A list clause about ship or weapon types (or their groups): the killmail's types and those of them
     * that matched the list.
     */
    record Types(RefList list, List<Integer> present, Set<Integer> matched) implements Evidence {
    }
}
