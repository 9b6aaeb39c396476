package dev.bastion.killtracker.model;

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
        if (t.getName() == null || t.getName().isBlank()) {
            out.add(new Problem("name", "A tracker needs a name."));
        } else if (t.getName().length() > 100) {
            out.add(new Problem("name", "The name must be at most 100 characters."));
        }
        if (!hasWebhook) {
            out.add(new Problem("webhook", "Choose the webhook this tracker posts to."));
        }
        if (!t.getColor().isEmpty() && !t.getColor().matches("#[0-9A-Fa-f]{6}")) {
            out.add(new Problem("color", "A colour is written #RRGGBB, for example #FF0000."));
        }
        if (t.getMaxJumps() != null && t.getOriginSolarSystemId() == null) {
            out.add(new Problem("origin", "'Require max jumps' needs an Origin solar system to work"));
        }
        if (t.getMaxDistance() != null && t.getOriginSolarSystemId() == null) {
            out.add(new Problem("origin", "'Require max distance' needs an Origin solar system to work"));
        }
        nonNegative(out, "maxJumps", t.getMaxJumps() == null ? null : t.getMaxJumps().doubleValue());
        nonNegative(out, "maxDistance", t.getMaxDistance());
        nonNegative(out, "minValue", t.getMinValueMillions() == null ? null : t.getMinValueMillions().doubleValue());
        nonNegative(out, "minAttackers", t.getMinAttackers() == null ? null : t.getMinAttackers().doubleValue());
        nonNegative(out, "maxAttackers", t.getMaxAttackers() == null ? null : t.getMaxAttackers().doubleValue());
        both(out, t, RefList.REQUIRE_ATTACKER_ALLIANCES, RefList.EXCLUDE_ATTACKER_ALLIANCES, "alliances");
        both(out, t, RefList.REQUIRE_ATTACKER_CORPORATIONS, RefList.EXCLUDE_ATTACKER_CORPORATIONS, "corporations");
        both(out, t, RefList.REQUIRE_ATTACKER_FACTIONS, RefList.EXCLUDE_ATTACKER_FACTIONS, "factions");
        both(out, t, RefList.REQUIRE_ATTACKER_STATES, RefList.EXCLUDE_ATTACKER_STATES, "states");
        both(out, t, RefList.REQUIRE_VICTIM_ALLIANCES, RefList.EXCLUDE_VICTIM_ALLIANCES, "alliances");
        both(out, t, RefList.REQUIRE_VICTIM_CORPORATIONS, RefList.EXCLUDE_VICTIM_CORPORATIONS, "corporations");
        both(out, t, RefList.REQUIRE_VICTIM_FACTIONS, RefList.EXCLUDE_VICTIM_FACTIONS, "factions");
        both(out, t, RefList.REQUIRE_VICTIM_STATES, RefList.EXCLUDE_VICTIM_STATES, "states");
        if (t.getMinAttackers() != null && t.getMaxAttackers() != null && t.getMinAttackers() > t.getMaxAttackers()) {
            out.add(new Problem("minAttackers", "'Require min attackers' cannot be higher than 'Require max attackers'."));
        }
        if (t.isFinalBlowMode() && !t.has(RefList.REQUIRE_ATTACKER_ALLIANCES) && !t.has(RefList.REQUIRE_ATTACKER_CORPORATIONS)) {
            out.add(new Problem("finalBlowMode",
                    "'Require attacker organizations final blow' needs at least one required attacker alliance or corporation."));
        }
        if (t.isExcludeHighSec() && t.isExcludeLowSec() && t.isExcludeNullSec() && t.isExcludeWSpace()) {
            out.add(new Problem("excludeHighSec", "Excluding all four kinds of space does not make sense: nothing would match."));
        }
        if (t.isExcludeNpc() && t.isRequireNpc()) {
            out.add(new Problem("requireNpc", "A tracker cannot both exclude and require NPC kills."));
        }
        if (t.isExcludeWar() && t.isRequireWar()) {
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
