package dev.bastion.killtracker.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A killmail as the kill tracker sees it: ESI's facts (time, place, victim, attackers) joined with
 * zKillboard's (value, NPC and solo flags). IDs that ESI leaves out, or sends as 0, are null.
 */
public record Killmail(long id, Instant time, Integer solarSystemId, Long moonId, Long warId, Victim victim,
                       List<Attacker> attackers, Zkb zkb) {

    public Killmail {
        attackers = List.copyOf(attackers);
    }

    /** The ship and pilot that died. */
    public record Victim(Long characterId, Long corporationId, Long allianceId, Long factionId, Integer shipTypeId,
                         Long damageTaken, Position position) {
    }

    /** Where in space the victim died, in metres; may be absent. */
    public record Position(double x, double y, double z) {
    }

    /** One entry of the attacker list; NPCs have no character and often only a faction. */
    public record Attacker(Long characterId, Long corporationId, Long allianceId, Long factionId, Integer shipTypeId,
                           Integer weaponTypeId, Long damageDone, boolean finalBlow, Double securityStatus) {
    }

    /** zKillboard's side of the killmail. */
    public record Zkb(Long locationId, String hash, Double fittedValue, Double totalValue, Long points, boolean npc,
                      boolean solo, boolean awox) {
    }

    public boolean isWarKill() {
        return warId != null;
    }

    /** The attacker credited with the final blow: the first one flagged, as zKillboard shows it. */
    public Optional<Attacker> finalBlow() {
        return attackers.stream().filter(Attacker::finalBlow).findFirst();
    }

    public Set<Long> attackerAllianceIds() {
        return distinct(attackers.stream().map(Attacker::allianceId).toList());
    }

    public Set<Long> attackerCorporationIds() {
        return distinct(attackers.stream().map(Attacker::corporationId).toList());
    }

    public Set<Long> attackerFactionIds() {
        return distinct(attackers.stream().map(Attacker::factionId).toList());
    }

    public Set<Long> attackerCharacterIds() {
        return distinct(attackers.stream().map(Attacker::characterId).toList());
    }

    /** Every character, corporation, alliance and faction named on the killmail, for name lookups. */
    public Set<Long> entityIds() {
        List<Long> ids = new ArrayList<>(List.of());
        for (Attacker a : attackers) {
            ids.add(a.characterId());
            ids.add(a.corporationId());
            ids.add(a.allianceId());
            ids.add(a.factionId());
        }
        ids.add(victim.characterId());
        ids.add(victim.corporationId());
        ids.add(victim.allianceId());
        ids.add(victim.factionId());
        return distinct(ids);
    }

    private static <T> Set<T> distinct(Collection<T> values) {
        Set<T> out = new LinkedHashSet<>();
        for (T v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** A copy with another time: tests and the demo replay real killmails as if they happened now. */
    public Killmail at(Instant newTime) {
        return new Killmail(id, newTime, solarSystemId, moonId, warId, victim, attackers, zkb);
    }
}
