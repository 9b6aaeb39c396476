package dev.bastion.killtracker.model;

import dev.bastion.eve.model.MapSystem;
import dev.bastion.eve.model.SpaceClass;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one tracker's clauses against one killmail in the spec's order, combined with AND. In feed mode
 * it stops at the first failed clause; in explain mode (admin test run) it evaluates every clause so
 * the admin sees all that passed and failed. Pure: everything it needs comes from {@link KillWorld}.
 * Not thread-safe: it remembers what it worked out about the current killmail for the next tracker.
 */
public final class TrackerMatcher {

    private final KillWorld world;
    private final Duration maxAge;
    /** What every tracker asks of the same killmail, worked out once per killmail (one matcher per thread). */
    private Facts facts;

    private final class Facts {
        final Killmail km;
        final Set<Long> alliances;
        final Set<Long> corporations;
        final Set<Long> factions;
        final List<Integer> ships;
        final List<Integer> weapons;
        Set<Long> attackerStates;
        TrackerInfo.MainOrganization mainOrganization;
        TrackerInfo.MainShipGroup mainShipGroup;
        boolean fleetDone;

        Facts(Killmail km) {
            this.km = km;
            alliances = km.attackerAllianceIds();
            corporations = km.attackerCorporationIds();
            factions = km.attackerFactionIds();
            ships = km.attackers().stream().map(Killmail.Attacker::shipTypeId).filter(java.util.Objects::nonNull).toList();
            weapons = km.attackers().stream().map(Killmail.Attacker::weaponTypeId).filter(java.util.Objects::nonNull).toList();
        }

        Set<Long> attackerStates() {
            if (attackerStates == null) {
                attackerStates = new LinkedHashSet<>();
                for (Long c : km.attackerCharacterIds()) {
                    Long s = world.stateOf(c);
                    if (s != null) {
                        attackerStates.add(s);
                    }
                }
            }
            return attackerStates;
        }

        void fleet() {
            if (!fleetDone) {
                mainOrganization = FleetAnalysis.mainOrganization(km);
                mainShipGroup = FleetAnalysis.mainShipGroup(km, world);
                fleetDone = true;
            }
        }
    }

    private Facts facts(Killmail km) {
        if (facts == null || facts.km != km) {
            facts = new Facts(km);
        }
        return facts;
    }

    public TrackerMatcher(KillWorld world, Duration maxAge) {
        this.world = world;
        this.maxAge = maxAge;
    }

    public MatchResult match(TrackerRules t, Killmail km, Instant now) {
        return new Run(t, km, false).evaluate(now, false);
    }

    /** Every clause evaluated; {@code ignoreMaxAge} as in upstream's "run test killmail". */
    public MatchResult explain(TrackerRules t, Killmail km, Instant now, boolean ignoreMaxAge) {
        return new Run(t, km, true).evaluate(now, ignoreMaxAge);
    }

    /** One evaluation; collects verdicts and stops early unless explaining. */
    private final class Run {
        private final TrackerRules t;
        private final Killmail km;
        private final boolean explain;
        private final Facts f;
        private final List<MatchResult.Verdict> verdicts = new ArrayList<>();
        private final Set<Integer> matchingShipTypes = new LinkedHashSet<>();
        private boolean failed;
        private Integer jumps;
        private Double distance;

        Run(TrackerRules t, Killmail km, boolean explain) {
            this.t = t;
            this.km = km;
            this.explain = explain;
            this.f = facts(km);
        }

        /**
         * Records a verdict; answers whether evaluation should go on. The detail text is built only when
         * someone will read it (explain mode, or the failure that stops a feed-mode run).
         */
        private boolean check(String clause, boolean passed, Supplier<Evidence> evidence) {
            if (explain || !passed) {
                verdicts.add(new MatchResult.Verdict(clause, passed ? MatchResult.Outcome.PASSED : MatchResult.Outcome.FAILED,
                        evidence.get()));
            }
            failed |= !passed;
            return passed || explain;
        }

        private void skip(String clause, Evidence why) {
            verdicts.add(new MatchResult.Verdict(clause, MatchResult.Outcome.SKIPPED, why));
        }

        MatchResult evaluate(Instant now, boolean ignoreMaxAge) {
            boolean go = age(now, ignoreMaxAge) && killmailProperties() && geography() && attackers() && states()
                    && attackerShips() && weapons() && victimOrganisations() && victimShip();
            if (failed || !go) {
                return new MatchResult(false, verdicts, null);
            }
            if (t.getOriginSolarSystemId() != null && km.solarSystemId() != null && jumps == null) {
                computeJumps(); // for the post's "Distance from …: x LY | n jumps"
            }
            f.fleet();
            TrackerInfo info = new TrackerInfo(jumps, distance, List.copyOf(matchingShipTypes), f.mainOrganization,
                    f.mainShipGroup);
            return new MatchResult(true, verdicts, info);
        }

        private boolean age(Instant now, boolean ignore) {
            if (ignore) {
                skip("Max age", new Evidence.IgnoredInTestRun());
                return true;
            }
            Instant oldest = now.minus(maxAge);
            boolean fresh = !km.time().isBefore(oldest);
            if (fresh && !explain) {
                return true; // the common case: no verdict object per tracker and killmail
            }
            return check("Max age", fresh, () -> new Evidence.Age(km.time(), maxAge));
        }

        private boolean killmailProperties() {
            boolean npc = km.zkb().npc();
            if (t.isExcludeNpc() && !check("Exclude NPC kills", !npc, () -> new Evidence.Npc(npc))) {
                return false;
            }
            if (t.isRequireNpc() && !check("Require NPC kills", npc, () -> new Evidence.Npc(npc))) {
                return false;
            }
            Supplier<Evidence> war = () -> new Evidence.War(km.warId());
            if (t.isExcludeWar() && !check("Exclude war kills", !km.isWarKill(), war)) {
                return false;
            }
            if (t.isRequireWar() && !check("Require war kills", km.isWarKill(), war)) {
                return false;
            }
            if (t.getMinValueMillions() != null) {
                Double value = km.zkb().totalValue();
                // A killmail without a value is treated like one worth nothing (spec S2).
                boolean ok = value != null && value >= t.getMinValueMillions() * 1_000_000d;
                return check("Require min value", ok, () -> new Evidence.Value(value, t.getMinValueMillions()));
            }
            return true;
        }

        private boolean geography() {
            if (km.solarSystemId() == null) {
                if (t.hasLocationClause()) {
                    skip("Location clauses", new Evidence.NoSolarSystem());
                }
                return true;
            }
            if (t.getOriginSolarSystemId() == null && !t.hasLocationClause()) {
                return true;
            }
            Optional<MapSystem> system = world.system(km.solarSystemId());
            SpaceClass space = system.map(MapSystem::spaceClass).orElse(SpaceClass.OTHER);
            Supplier<Evidence> where = () -> system.map(s -> new Evidence.Place(s.id(), space, s.securityStatus(),
                    s.constellationId(), s.regionId())).orElse(new Evidence.Place(km.solarSystemId(), space, null, null, null));
            if (t.isExcludeHighSec() && !check("Exclude high sec", space != SpaceClass.HIGH_SEC, where)) {
                return false;
            }
            if (t.isExcludeLowSec() && !check("Exclude low sec", space != SpaceClass.LOW_SEC, where)) {
                return false;
            }
            if (t.isExcludeNullSec() && !check("Exclude null sec", space != SpaceClass.NULL_SEC, where)) {
                return false;
            }
            if (t.isExcludeWSpace() && !check("Exclude w-space", space != SpaceClass.W_SPACE, where)) {
                return false;
            }
            if (t.getOriginSolarSystemId() != null) {
                OptionalDouble ly = world.lightYears(t.getOriginSolarSystemId(), km.solarSystemId());
                distance = ly.isPresent() ? ly.getAsDouble() : null;
                if (t.getMaxJumps() != null) {
                    computeJumps();
                }
            }
            if (t.getMaxDistance() != null && !check("Require max distance", distance != null && distance <= t.getMaxDistance(),
                    () -> new Evidence.Distance(distance, t.getMaxDistance()))) {
                return false;
            }
            if (t.getMaxJumps() != null && !check("Require max jumps", jumps != null && jumps <= t.getMaxJumps(),
                    () -> new Evidence.Jumps(jumps, t.getMaxJumps()))) {
                return false;
            }
            if (t.has(RefList.REGIONS) && !check(RefList.REGIONS.label(),
                    system.isPresent() && t.list(RefList.REGIONS).contains((long) system.get().regionId()), where)) {
                return false;
            }
            if (t.has(RefList.CONSTELLATIONS) && !check(RefList.CONSTELLATIONS.label(), system.isPresent()
                    && t.list(RefList.CONSTELLATIONS).contains((long) system.get().constellationId()), where)) {
                return false;
            }
            return !t.has(RefList.SOLAR_SYSTEMS) || check(RefList.SOLAR_SYSTEMS.label(),
                    t.list(RefList.SOLAR_SYSTEMS).contains((long) km.solarSystemId()), where);
        }

        /** With "exclude high sec" the route avoids high-sec too, as its help text promises. */
        private void computeJumps() {
            OptionalInt j = world.jumps(t.getOriginSolarSystemId(), km.solarSystemId(), t.isExcludeHighSec());
            jumps = j.isPresent() ? j.getAsInt() : null;
        }

        private boolean attackers() {
            int n = km.attackers().size();
            if (t.getMinAttackers() != null && !check("Require min attackers", n >= t.getMinAttackers(),
                    () -> new Evidence.AttackerCount(n, t.getMinAttackers(), true))) {
                return false;
            }
            if (t.getMaxAttackers() != null && !check("Require max attackers", n <= t.getMaxAttackers(),
                    () -> new Evidence.AttackerCount(n, t.getMaxAttackers(), false))) {
                return false;
            }
            if (!exclude(RefList.EXCLUDE_ATTACKER_ALLIANCES, f.alliances)
                    || !exclude(RefList.EXCLUDE_ATTACKER_CORPORATIONS, f.corporations)
                    || !exclude(RefList.EXCLUDE_ATTACKER_FACTIONS, f.factions)
                    || !require(RefList.REQUIRE_ATTACKER_FACTIONS, f.factions)) {
                return false;
            }
            if (t.isFinalBlowMode()) {
                Optional<Killmail.Attacker> fb = km.finalBlow();
                boolean ok = fb.isPresent() && (fb.get().allianceId() != null
                        && t.list(RefList.REQUIRE_ATTACKER_ALLIANCES).contains(fb.get().allianceId())
                        || fb.get().corporationId() != null
                        && t.list(RefList.REQUIRE_ATTACKER_CORPORATIONS).contains(fb.get().corporationId()));
                return check("Require attacker organizations final blow", ok, () -> fb.map(a -> new Evidence.FinalBlow(true,
                        a.characterId(), a.corporationId(), a.allianceId())).orElse(new Evidence.FinalBlow(false, null, null, null)));
            }
            return require(RefList.REQUIRE_ATTACKER_ALLIANCES, f.alliances)
                    && require(RefList.REQUIRE_ATTACKER_CORPORATIONS, f.corporations);
        }

        private boolean states() {
            if (t.has(RefList.REQUIRE_ATTACKER_STATES) || t.has(RefList.EXCLUDE_ATTACKER_STATES)) {
                Set<Long> attackerStates = f.attackerStates();
                if (!require(RefList.REQUIRE_ATTACKER_STATES, attackerStates)
                        || !exclude(RefList.EXCLUDE_ATTACKER_STATES, attackerStates)) {
                    return false;
                }
            }
            if (t.has(RefList.REQUIRE_VICTIM_STATES) || t.has(RefList.EXCLUDE_VICTIM_STATES)) {
                Long victim = km.victim().characterId();
                Long state = victim == null ? null : world.stateOf(victim);
                Set<Long> states = state == null ? Set.of() : Set.of(state);
                return require(RefList.REQUIRE_VICTIM_STATES, states) && exclude(RefList.EXCLUDE_VICTIM_STATES, states);
            }
            return true;
        }

        private boolean attackerShips() {
            List<Integer> ships = f.ships;
            return types(RefList.ATTACKER_SHIP_GROUPS, ships, world::groupOf, true)
                    && types(RefList.ATTACKER_SHIP_TYPES, ships, id -> id, true);
        }

        private boolean weapons() {
            List<Integer> weapons = f.weapons;
            return types(RefList.ATTACKER_WEAPON_GROUPS, weapons, world::groupOf, false)
                    && types(RefList.ATTACKER_WEAPON_TYPES, weapons, id -> id, false);
        }

        private boolean victimOrganisations() {
            Killmail.Victim v = km.victim();
            return require(RefList.REQUIRE_VICTIM_ALLIANCES, single(v.allianceId()))
                    && exclude(RefList.EXCLUDE_VICTIM_ALLIANCES, single(v.allianceId()))
                    && require(RefList.REQUIRE_VICTIM_CORPORATIONS, single(v.corporationId()))
                    && exclude(RefList.EXCLUDE_VICTIM_CORPORATIONS, single(v.corporationId()))
                    && require(RefList.REQUIRE_VICTIM_FACTIONS, single(v.factionId()))
                    && exclude(RefList.EXCLUDE_VICTIM_FACTIONS, single(v.factionId()));
        }

        private boolean victimShip() {
            Integer ship = km.victim().shipTypeId();
            List<Integer> ships = ship == null ? List.of() : List.of(ship);
            return types(RefList.VICTIM_SHIP_GROUPS, ships, world::groupOf, true)
                    && types(RefList.VICTIM_SHIP_TYPES, ships, id -> id, true);
        }

        /** At least one of the types (or their groups) is listed; listed ship types join the tracker info. */
        private boolean types(RefList list, List<Integer> typeIds, Function<Integer, Integer> key, boolean ships) {
            if (!t.has(list)) {
                return true;
            }
            Set<Long> wanted = t.list(list);
            Set<Integer> hits = new LinkedHashSet<>();
            for (Integer type : typeIds) {
                Integer k = key.apply(type);
                if (k != null && wanted.contains((long) k)) {
                    hits.add(type);
                }
            }
            if (ships) {
                matchingShipTypes.addAll(hits);
            }
            return check(list.label(), !hits.isEmpty(), () -> new Evidence.Types(list, typeIds, hits));
        }

        /** At least one of the killmail's organisations is listed. */
        private boolean require(RefList list, Set<Long> present) {
            if (!t.has(list)) {
                return true;
            }
            Set<Long> wanted = t.list(list);
            boolean ok = present.stream().anyMatch(wanted::contains);
            return check(list.label(), ok, () -> new Evidence.Entries(list, present, listed(present, wanted)));
        }

        /** None of the listed organisations may appear (the intended reading; upstream needed all of them). */
        private boolean exclude(RefList list, Set<Long> present) {
            if (!t.has(list)) {
                return true;
            }
            Set<Long> unwanted = t.list(list);
            boolean ok = present.stream().noneMatch(unwanted::contains);
            return check(list.label(), ok, () -> new Evidence.Entries(list, present, listed(present, unwanted)));
        }

        private Set<Long> listed(Set<Long> present, Set<Long> list) {
            Set<Long> out = new LinkedHashSet<>(present);
            out.retainAll(list);
            return out;
        }

        private Set<Long> single(Long id) {
            return id == null ? Set.of() : Set.of(id);
        }
    }
}
