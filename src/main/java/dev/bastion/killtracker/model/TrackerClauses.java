package dev.bastion.killtracker.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A tracker's active clauses as short lines ("Exclude high sec", "Require min value = 500"), the way
 * the tracker list shows them; list entries are named when a namer is given, else shown as IDs.
 */
public final class TrackerClauses {

    private TrackerClauses() {
    }

    public static List<String> lines(TrackerRules t, Function<RefList, Function<Long, String>> namer) {
        List<String> out = new ArrayList<>();
        if (t.getOriginSolarSystemId() != null) {
            out.add("Origin solar system = " + name(namer, RefList.SOLAR_SYSTEMS, t.getOriginSolarSystemId().longValue()));
        }
        value(out, "Require max jumps", t.getMaxJumps());
        value(out, "Require max distance", t.getMaxDistance());
        flag(out, "Exclude high sec", t.isExcludeHighSec());
        flag(out, "Exclude low sec", t.isExcludeLowSec());
        flag(out, "Exclude null sec", t.isExcludeNullSec());
        flag(out, "Exclude w-space", t.isExcludeWSpace());
        flag(out, "Require attacker organizations final blow", t.isFinalBlowMode());
        value(out, "Require min value", t.getMinValueMillions());
        flag(out, "Exclude npc kills", t.isExcludeNpc());
        flag(out, "Require npc kills", t.isRequireNpc());
        flag(out, "Exclude war kills", t.isExcludeWar());
        flag(out, "Require war kills", t.isRequireWar());
        value(out, "Require min attackers", t.getMinAttackers());
        value(out, "Require max attackers", t.getMaxAttackers());
        flag(out, "Identify fleets", t.isIdentifyFleets());
        for (RefList list : RefList.values()) {
            if (list != RefList.PING_ROLES && t.has(list)) {
                out.add(list.label() + " = " + t.list(list).stream().map(id -> name(namer, list, id)).sorted()
                        .collect(Collectors.joining(", ")));
            }
        }
        return out;
    }

    private static String name(Function<RefList, Function<Long, String>> namer, RefList list, long id) {
        if (namer == null) {
            return String.valueOf(id);
        }
        String n = namer.apply(list).apply(id);
        return n == null ? String.valueOf(id) : n;
    }

    private static void flag(List<String> out, String label, boolean on) {
        if (on) {
            out.add(label);
        }
    }

    private static void value(List<String> out, String label, Object v) {
        if (v != null) {
            out.add(label + " = " + v);
        }
    }
}
