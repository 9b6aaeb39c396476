package dev.bastion.killtracker.web;

import dev.bastion.eve.model.SecurityStatus;
import dev.bastion.eve.model.SpaceClass;
import dev.bastion.killtracker.model.Evidence;
import dev.bastion.killtracker.model.RefList;
import dev.bastion.platform.Display;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The test run's words for what decided a clause ("matched ship types: Thanatos", "no alliance"), with
 * names instead of IDs. The matcher gives values ({@link Evidence}); this is the one place they become
 * sentences.
 */
public final class VerdictWords {

    /** The name of an ID of a page-kit kind ("alliance", "type", "system" ...). */
    @FunctionalInterface
    public interface Namer {
        String name(String kind, long id);
    }

    private final Namer names;

    public VerdictWords(Namer names) {
        this.names = names;
    }

    public String of(Evidence evidence) {
        if (evidence instanceof Evidence.Age a) {
            return "killed " + Display.eveTime(a.killedAt()) + "; max age " + a.maxAge().toMinutes() + " min";
        } else if (evidence instanceof Evidence.IgnoredInTestRun) {
            return "not checked in a test run";
        } else if (evidence instanceof Evidence.NoSolarSystem) {
            return "the killmail names no solar system";
        } else if (evidence instanceof Evidence.Npc n) {
            return n.npc() ? "an NPC kill" : "not an NPC kill";
        } else if (evidence instanceof Evidence.War w) {
            return w.warId() == null ? "not a war kill" : "a war kill (war " + w.warId() + ")";
        } else if (evidence instanceof Evidence.Value v) {
            return (v.totalValue() == null ? "value unknown" : "worth " + Display.isk(v.totalValue()))
                    + "; minimum " + Display.isk(v.minimumMillions() * 1_000_000d);
        } else if (evidence instanceof Evidence.Place p) {
            return place(p);
        } else if (evidence instanceof Evidence.Distance d) {
            return (d.lightYears() == null ? "no distance from the origin (not in known space)"
                    : String.format(Locale.ROOT, "%.2f ly from the origin", d.lightYears()))
                    + "; limit " + trim(d.limit()) + " ly";
        } else if (evidence instanceof Evidence.Jumps j) {
            return (j.jumps() == null ? "no gate route from the origin" : plural(j.jumps(), "jump", "jumps") + " from the origin")
                    + "; limit " + plural(j.limit(), "jump", "jumps");
        } else if (evidence instanceof Evidence.AttackerCount c) {
            return plural(c.attackers(), "attacker", "attackers") + "; " + (c.minimum() ? "at least " : "at most ")
                    + plural(c.limit(), "pilot", "pilots");
        } else if (evidence instanceof Evidence.FinalBlow f) {
            return finalBlow(f);
        } else if (evidence instanceof Evidence.Entries e) {
            return entries(e);
        } else if (evidence instanceof Evidence.Types t) {
            return types(t);
        }
        return "";
    }

    private String place(Evidence.Place p) {
        String system = names.name("system", p.solarSystemId());
        if (!p.known()) {
            return "in " + system + " (not on the map)";
        }
        List<String> where = new ArrayList<>();
        where.add(space(p.space()) + (p.security() == null ? "" : " " + SecurityStatus.shown(p.security())));
        where.add(names.name("constellation", p.constellationId()));
        where.add(names.name("region", p.regionId()));
        return "in " + system + " (" + String.join(", ", where) + ")";
    }

    static String space(SpaceClass space) {
        return switch (space) {
            case HIGH_SEC -> "high sec";
            case LOW_SEC -> "low sec";
            case NULL_SEC -> "null sec";
            case W_SPACE -> "w-space";
            case POCHVEN -> "Pochven";
            case ABYSSAL -> "Abyssal space";
            case OTHER -> "outside the map";
        };
    }

    private String finalBlow(Evidence.FinalBlow f) {
        if (!f.present()) {
            return "no attacker has the final blow";
        }
        String who = f.characterId() == null ? "an NPC" : names.name("character", f.characterId());
        String corporation = f.corporationId() == null ? "no corporation" : names.name("corporation", f.corporationId());
        String alliance = f.allianceId() == null ? "no alliance" : names.name("alliance", f.allianceId());
        return "final blow by " + who + " (" + corporation + ", " + alliance + ")";
    }

    /** What the entries of a list are, in words: "alliance", "attacker state" ... */
    static String noun(RefList list) {
        String kind = switch (list.referent()) {
            case ALLIANCE -> "alliance";
            case CORPORATION -> "corporation";
            case FACTION -> "faction";
            case STATE -> "state";
            default -> list.referent().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
        return list.name().contains("ATTACKER") ? "attacker " + kind : kind;
    }

    private String entries(Evidence.Entries e) {
        String kind = Referents.kind(e.list().referent());
        boolean exclude = e.list().name().startsWith("EXCLUDE");
        if (e.present().isEmpty()) {
            return "no " + noun(e.list());
        }
        if (!e.listed().isEmpty()) {
            return (exclude ? "listed and present: " : "matched: ") + names(kind, e.listed());
        }
        return (exclude ? "none listed; the killmail has " : "not listed: the killmail has ") + names(kind, e.present());
    }

    private String types(Evidence.Types t) {
        String what = switch (t.list()) {
            case ATTACKER_WEAPON_GROUPS, ATTACKER_WEAPON_TYPES -> "weapon types";
            default -> "ship types";
        };
        if (!t.matched().isEmpty()) {
            return "matched " + what + ": " + names("type", t.matched());
        }
        if (t.present().isEmpty()) {
            return "no " + what + " on the killmail";
        }
        return "none listed; the killmail has " + names("type", new LinkedHashSet<>(t.present()));
    }

    private String names(String kind, Collection<? extends Number> ids) {
        return ids.stream().map(id -> names.name(kind, id.longValue())).distinct().sorted(String.CASE_INSENSITIVE_ORDER)
                .collect(Collectors.joining(", "));
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** 6.0 as "6", 6.5 as "6.5". */
    static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
