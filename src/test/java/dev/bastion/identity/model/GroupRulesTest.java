package dev.bastion.identity.model;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.bastion.identity.model.GroupRules.JoinOutcome.ALREADY_MEMBER;
import static dev.bastion.identity.model.GroupRules.JoinOutcome.JOINED;
import static dev.bastion.identity.model.GroupRules.JoinOutcome.REFUSED_POLICY;
import static dev.bastion.identity.model.GroupRules.JoinOutcome.REFUSED_STATE;
import static dev.bastion.identity.model.GroupRules.JoinOutcome.REQUESTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupRulesTest {

    static final long MEMBER = 3;
    static final long GUEST = 1;

    @Test
    void anOpenGroupIsJoinedAtOnce() {
        assertEquals(JOINED, GroupRules.join(JoinPolicy.OPEN, Set.of(), GUEST, false));
    }

    @Test
    void aRequestGroupNeedsApproval() {
        assertEquals(REQUESTED, GroupRules.join(JoinPolicy.REQUEST, Set.of(MEMBER), MEMBER, false));
    }

    @Test
    void hiddenAndInternalGroupsCannotBeJoinedByMembers() {
        assertEquals(REFUSED_POLICY, GroupRules.join(JoinPolicy.HIDDEN, Set.of(), MEMBER, false));
        assertEquals(REFUSED_POLICY, GroupRules.join(JoinPolicy.INTERNAL, Set.of(), MEMBER, false));
    }

    @Test
    void aStateRestrictionRefusesOtherStates() {
        assertEquals(REFUSED_STATE, GroupRules.join(JoinPolicy.OPEN, Set.of(MEMBER), GUEST, false));
    }

    @Test
    void joiningTwiceIsHarmless() {
        assertEquals(ALREADY_MEMBER, GroupRules.join(JoinPolicy.OPEN, Set.of(), GUEST, true));
    }

    @Test
    void membersLeaveWhenTheirNewStateIsNotAllowed() {
        assertTrue(GroupRules.mustLeave(Set.of(MEMBER), GUEST));
        assertFalse(GroupRules.mustLeave(Set.of(MEMBER), MEMBER));
        assertFalse(GroupRules.mustLeave(Set.of(), GUEST), "an unrestricted group keeps everyone");
    }

    @Test
    void onlyOpenAndRequestGroupsAreListed() {
        assertTrue(JoinPolicy.OPEN.listed());
        assertTrue(JoinPolicy.REQUEST.listed());
        assertFalse(JoinPolicy.HIDDEN.listed());
        assertFalse(JoinPolicy.INTERNAL.listed());
    }
}
