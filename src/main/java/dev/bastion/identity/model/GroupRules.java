package dev.bastion.identity.model;

import java.util.Set;

/** The pure rules of group membership: who may see, join or request a group, and who must leave. */
public final class GroupRules {

    /** What a user asking to join gets. */
    public enum JoinOutcome { JOINED, REQUESTED, REFUSED_STATE, REFUSED_POLICY, ALREADY_MEMBER }

    private GroupRules() {
    }

    /** An empty restriction set means every state may join. */
    public static boolean stateAllows(Set<Long> allowedStateIds, long stateId) {
        return allowedStateIds.isEmpty() || allowedStateIds.contains(stateId);
    }

    public static JoinOutcome join(JoinPolicy policy, Set<Long> allowedStateIds, long userStateId, boolean member) {
        if (member) {
            return JoinOutcome.ALREADY_MEMBER;
        }
        if (!policy.listed()) {
            return JoinOutcome.REFUSED_POLICY;
        }
        if (!stateAllows(allowedStateIds, userStateId)) {
            return JoinOutcome.REFUSED_STATE;
        }
        return policy == JoinPolicy.OPEN ? JoinOutcome.JOINED : JoinOutcome.REQUESTED;
    }

    /** After a state change, members of a state-restricted group whose new state is not allowed leave it. */
    public static boolean mustLeave(Set<Long> allowedStateIds, long newStateId) {
        return !stateAllows(allowedStateIds, newStateId);
    }
}
