package dev.bastion.identity.model;

/**
 * The first notification a member gets: a welcome naming the site, their main and their state, with
 * what to do next, instead of "your state changed from Guest to ...". It is sent once, when the user's
 * state is first settled by their main's affiliation (a new main's affiliation may arrive after the
 * login); state changes before it are not announced, later ones are.
 */
public final class Welcome {

    private Welcome() {
    }

    /** Whether to welcome the user now: not welcomed yet, active, and the main's affiliation read from ESI. */
    public static boolean due(boolean welcomed, boolean active, boolean mainAffiliationKnown) {
        return !welcomed && active && mainAffiliationKnown;
    }

    /** Whether a state change is announced: only to users already welcomed (the welcome names the first state). */
    public static boolean announceChange(boolean welcomed) {
        return welcomed;
    }

    /**
     * The welcome: what the member does next depends on whether their state is the guest state (their main
     * is not in the alliance this site serves) or one with access.
     */
    public static String message(String site, String mainName, String stateName, boolean guestState) {
        String hello = "Welcome to " + site + ", " + mainName + "! ";
        if (guestState) {
            return hello + "Your main is not in a corporation or alliance this site serves, so your state is "
                    + stateName + ". If one of your other characters is, add it under My account (Add a character) "
                    + "and make it your main.";
        }
        return hello + "Your state is " + stateName + ". Next: add your alts under My account (Add a character) "
                + "and join the groups open to you.";
    }
}
