package dev.bastion.identity.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What the home dashboard suggests a user does next, as outcomes (the page chooses the words), most
 * pressing first.
 */
public enum NextStep {
    /** No main (it moved to another EVE account): add a character and make it the main. */
    NO_MAIN,
    /** A character's SSO token is gone or stopped working: add the character again to renew it. */
    TOKENS_TO_RENEW,
    /** Join requests wait for this user's decision. */
    REQUESTS_TO_DECIDE,
    /** Only one character: add the alts. */
    NO_ALTS,
    /** Groups the user may join or ask to join. */
    OPEN_GROUPS_AVAILABLE,
    /** The user's own requests wait for a leader. */
    PENDING_REQUESTS;

    /** The steps that apply, in the order above. */
    public static List<NextStep> of(HomeFacts f) {
        List<NextStep> steps = new ArrayList<>();
        if (!f.hasMain()) {
            steps.add(NO_MAIN);
        }
        if (f.charactersWithoutToken() > 0) {
            steps.add(TOKENS_TO_RENEW);
        }
        if (f.requestsToDecide() > 0) {
            steps.add(REQUESTS_TO_DECIDE);
        }
        if (f.characters() <= 1) {
            steps.add(NO_ALTS);
        }
        if (f.groupsToJoin() > 0) {
            steps.add(OPEN_GROUPS_AVAILABLE);
        }
        if (f.pendingRequests() > 0) {
            steps.add(PENDING_REQUESTS);
        }
        return List.copyOf(steps);
    }
}
