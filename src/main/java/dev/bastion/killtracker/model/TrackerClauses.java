package dev.bastion.killtracker.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A tracker's active clauses, in the form's order: each with its label and its value as a value (an
 * amount with its unit, or the IDs of a list with what they name), so that a page can show names and units
 * and the audit log can keep a plain line ("Require min value = 500").
 */
public final class TrackerClauses {

    /** What an amount counts. */
    public enum Unit { JUMPS, LIGHT_YEARS, MILLION_ISK, PILOTS }

    /**
     * One active clause: a flag (no amount, no IDs), an amount with its unit, or IDs naming {@code referent}s
     * (sorted, for a stable display).
     */
    public record Clause(String label, Number amount, Unit unit, RefList.Referent referent, List<Long> ids) {

        public Clause {
            ids = List.copyOf(ids);
        }

        static Clause flag(String label) {
            return new Clause(label, null, null, null, List.of());
        }

        public boolean isFlag() {
            return amount == null && ids.isEmpty();
        }

        public boolean hasIds() {
            return !ids.isEmpty();
        }
    }

    private TrackerClauses() {
    }

    public static List<Clause> of(TrackerRules t) {
        List<Clause> out = new ArrayList<>();
        if (t.getOriginSolarSystemId() != null) {
            out.add(new Clause("Origin solar system", null, null, RefList.Referent.SOLAR_SYSTEM,
                    List.of(t.getOriginSolarSystemId().longValue())));
        }
        amount(out, "Require max jumps", t.getMaxJumps(), Unit.JUMPS);
        amount(out, "Require max distance", t.getMaxDistance(), Unit.LIGHT_YEARS);
        flag(out, "Exclude high sec", t.isExcludeHighSec());
        flag(out, "Exclude low sec", t.isExcludeLowSec());
        flag(out, "Exclude null sec", t.isExcludeNullSec());
        flag(out, "Exclude w-space", t.isExcludeWSpace());
        flag(out, "Require attacker organizations final blow", t.isFinalBlowMode());
        amount(out, "Require min value", t.getMinValueMillions(), Unit.MILLION_ISK);
        flag(out, "Exclude NPC kills", t.isExcludeNpc());
        flag(out, "Require NPC kills", t.isRequireNpc());
        flag(out, "Exclude war kills", t.isExcludeWar());
        flag(out, "Require war kills", t.isRequireWar());
        amount(out, "Require min attackers", t.getMinAttackers(), Unit.PILOTS);
        amount(out, "Require max attackers", t.getMaxAttackers(), Unit.PILOTS);
        flag(out, "Identify fleets", t.isIdentifyFleets());
        for (RefList list : RefList.values()) {
            if (list != RefList.PING_ROLES && t.has(list)) {
                out.add(new Clause(list.label(), null, null, list.referent(), t.ids(list)));
            }
        }
        return out;
    }

    /** The clauses as plain lines ("Require max jumps = 5"), list entries named when a namer is given, else as IDs. */
    public static List<String> lines(TrackerRules t, Function<RefList.Referent, Function<Long, String>> namer) {
        return of(t).stream().map(c -> {
            if (c.isFlag()) {
                return c.label();
            }
            if (c.amount() != null) {
                return c.label() + " = " + c.amount();
            }
            return c.label() + " = " + c.ids().stream().map(id -> name(namer, c.referent(), id)).sorted()
                    .collect(Collectors.joining(", "));
        }).toList();
    }

    private static String name(Function<RefList.Referent, Function<Long, String>> namer, RefList.Referent referent, long id) {
        if (namer == null) {
            return String.valueOf(id);
        }
        String n = namer.apply(referent).apply(id);
        return n == null ? String.valueOf(id) : n;
    }

    private static void flag(List<Clause> out, String label, boolean on) {
        if (on) {
            out.add(Clause.flag(label));
        }
    }

    private static void amount(List<Clause> out, String label, Number v, Unit unit) {
        if (v != null) {
            out.add(new Clause(label, v, unit, null, List.of()));
        }
    }
}
