package dev.bastion.killtracker.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds the main organisation and main ship group of the attackers: the most frequent one, if at least
 * two attackers and a quarter of them share it. Ties go to an alliance over a corporation, then to
 * the one seen first in the attacker list, so the answer never depends on hash order.
 */
public final class FleetAnalysis {

    static final int MIN_COUNT = 2;
    static final double MIN_SHARE = 0.25;

    private FleetAnalysis() {
    }

    static double threshold(int attackerCount) {
        return Math.max(attackerCount * MIN_SHARE, MIN_COUNT);
    }

    public static TrackerInfo.MainOrganization mainOrganization(Killmail km) {
        // Keys: positive = alliance, negative = corporation (IDs never collide in sign).
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (Killmail.Attacker a : km.attackers()) {
            if (a.allianceId() != null) {
                counts.merge(a.allianceId(), 1, Integer::sum);
            }
            if (a.corporationId() != null) {
                counts.merge(-a.corporationId(), 1, Integer::sum);
            }
        }
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (max == 0 || max < threshold(km.attackers().size())) {
            return null;
        }
        Long chosen = null;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (e.getValue() == max && (chosen == null || chosen < 0 && e.getKey() > 0)) {
                chosen = e.getKey();
            }
        }
        return new TrackerInfo.MainOrganization(Math.abs(chosen), chosen > 0, max);
    }

    public static TrackerInfo.MainShipGroup mainShipGroup(Killmail km, KillWorld world) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Killmail.Attacker a : km.attackers()) {
            Integer group = a.shipTypeId() == null ? null : world.groupOf(a.shipTypeId());
            if (group != null) {
                counts.merge(group, 1, Integer::sum);
            }
        }
        Map.Entry<Integer, Integer> best = null;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
            }
        }
        if (best == null || best.getValue() < threshold(km.attackers().size())) {
            return null;
        }
        return new TrackerInfo.MainShipGroup(best.getKey(), best.getValue());
    }
}
