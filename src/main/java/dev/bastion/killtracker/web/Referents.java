package dev.bastion.killtracker.web;

import dev.bastion.killtracker.model.RefList;
import dev.bastion.killtracker.model.TrackerClauses;
import dev.bastion.platform.Display;

/**
 * What the entries of a tracker's lists are in the page kit's words: the kind an entity label or a picker
 * takes ({@code <b:entity kind="...">}), and a clause's amount with its unit ("5 jumps", "6.5 ly").
 */
public final class Referents {

    private Referents() {
    }

    /** The page kit's kind for a list's entries; null for Discord roles, which are no EVE entity. */
    public static String kind(RefList.Referent referent) {
        return switch (referent) {
            case REGION -> "region";
            case CONSTELLATION -> "constellation";
            case SOLAR_SYSTEM -> "system";
            case ALLIANCE -> "alliance";
            case CORPORATION -> "corporation";
            case FACTION -> "faction";
            case STATE -> "state";
            case GROUP -> "group";
            case TYPE -> "type";
            case DISCORD_ROLE -> null;
        };
    }

    /** A clause's amount as pilots say it: "5 jumps", "6.5 ly", "500m ISK", "20 pilots". */
    public static String amount(TrackerClauses.Clause c) {
        if (c.amount() == null) {
            return "";
        }
        Number n = c.amount();
        return switch (c.unit()) {
            case JUMPS -> VerdictWords.plural(n.intValue(), "jump", "jumps");
            case LIGHT_YEARS -> VerdictWords.trim(n.doubleValue()) + " ly";
            case MILLION_ISK -> Display.isk(n.doubleValue() * 1_000_000d);
            case PILOTS -> VerdictWords.plural(n.intValue(), "pilot", "pilots");
        };
    }
}
