package dev.bastion.killtracker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tracker form's rules (spec 1.5, plus the analogous ones for factions, states and war kills):
 * each problem names the field it belongs to so the form can show it there. Nothing is saved while
 * any problem remains.
 */
public final class TrackerValidation {

    /** One problem with the field it belongs to. */
    public record Problem(String field, String message) {
    }

    private TrackerValidation() {
    }

    public static List<Problem> problems(TrackerRules t, boolean hasWebhook) {
        List<Problem> out = new ArrayList<>();
        if (t.name() == null || t.name().isBlank()) {
            out.add(new Problem("name", "A tracker needs a name."));
        } else if (t.name().length() > 100) {
            out.add(new Problem("name", "The name must be at most 100 characters."));
        }
        if (!hasWebhook) {
            out.add(new Problem("webhook", "Choose the webhook this tracker posts to."));
        }
        if (!t.color().isEmpty() && !t.color().matches("#[0-9A-Fa-f]{6}")) {
            out.add(new Problem("color", "A colour is written #RRGGBB, for example #FF0000."));
        }
        if (t.maxJumps() != null && t.origin() == null) {
            out.add(new Problem("origin", "'Require max jumps' needs an Origin solar system to work"));
        }
        if (t.maxDistance() != null && t.origin() == null) {
            out.add(new Problem("origin", "'Require max distance' needs an Origin solar system to work"));
        }
        nonNegative(out, "maxJumps", t.maxJumps() == null ? null : t.maxJumps().doubleValue());
        nonNegative(out, "maxDistance", t.maxDistance());
        nonNegative(out, "minValue", t.minValueMillions() == null ? null : t.minValueMillions().doubleValue());
        nonNegative(out, "minAttackers", t.minAttackers() == null ? null : t.minAttackers().doubleValue());
        nonNegative(out, "maxAttackers", t.maxAttackers() == null ? null : t.maxAttackers().doubleValue());
        both(out, t, RefList.REQUIRE_ATTACKER_ALLIANCES, RefList.EXCLUDE_ATTACKER_ALLIANCES, "alliances");
        both(out, t, RefList.REQUIRE_ATTACKER_CORPORATIONS, RefList.EXCLUDE_ATTACKER_CORPORATIONS, "corporations");
        both(out, t, RefList.REQUIRE_ATTACKER_FACTIONS, RefList.EXCLUDE_ATTACKER_FACTIONS, "factions");
        both(out, t, RefList.REQUIRE_ATTACKER_STATES, RefList.EXCLUDE_ATTACKER_STATES, "states");
        both(out, t, RefList.REQUIRE_VICTIM_ALLIANCES, RefList.EXCLUDE_VICTIM_ALLIANCES, "alliances");
        both(out, t, RefList.REQUIRE_VICTIM_CORPORATIONS, RefList.EXCLUDE_VICTIM_CORPORATIONS, "corporations");
        both(out, t, RefList.REQUIRE_VICTIM_FACTIONS, RefList.EXCLUDE_VICTIM_FACTIONS, "factions");
        both(out, t, RefList.REQUIRE_VICTIM_STATES, RefList.EXCLUDE_VICTIM_STATES, "states");
        if (t.minAttackers() != null && t.maxAttackers() != null && t.minAttackers() > t.maxAttackers()) {
            out.add(new Problem("minAttackers", "'Require min attackers' cannot be higher than 'Require max attackers'."));
        }
        if (t.finalBlowMode() && !t.has(RefList.REQUIRE_ATTACKER_ALLIANCES) && !t.has(RefList.REQUIRE_ATTACKER_CORPORATIONS)) {
            out.add(new Problem("finalBlowMode",
                    "'Require attacker organizations final blow' needs at least one required attacker alliance or corporation."));
        }
        if (t.excludeHighSec() && t.excludeLowSec() && t.excludeNullSec() && t.excludeWSpace()) {
            out.add(new Problem("excludeHighSec", "Excluding all four kinds of space does not make sense: nothing would match."));
        }
        if (t.excludeNpc() && t.requireNpc()) {
            out.add(new Problem("requireNpc", "A tracker cannot both exclude and require NPC kills."));
        }
        if (t.excludeWar() && t.requireWar()) {
            out.add(new Problem("requireWar", "A tracker cannot both exclude and require war kills."));
        }
        if (t.list(RefList.PING_ROLES).size() > 20) {
            out.add(new Problem("pingRoles", "At most 20 Discord roles can be pinged by one tracker."));
        }
        return out;
    }

    private static void nonNegative(List<Problem> out, String field, Double value) {
        if (value != null && value < 0) {
            out.add(new Problem(field, "The value cannot be negative (leave it empty to switch the clause off)."));
        }
    }

    private static void both(List<Problem> out, TrackerRules t, RefList require, RefList exclude, String what) {
        Set<Long> common = new HashSet<>(t.list(require));
        common.retainAll(t.list(exclude));
        if (!common.isEmpty()) {
            out.add(new Problem(exclude.name(), "The same " + what + " cannot be both in '" + require.label()
                    + "' and in '" + exclude.label() + "': " + common));
        }
    }
}
