package dev.bastion.identity.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NextStepTest {

    @Test
    void aNewMemberWithOneCharacterAndGroupsToJoinIsToldToAddAltsAndJoinGroups() {
        assertEquals(List.of(NextStep.NO_ALTS, NextStep.OPEN_GROUPS_AVAILABLE),
                NextStep.of(new HomeFacts(true, 1, 3, 0, 0, 0)));
    }

    @Test
    void aSettledMemberHasNothingToDo() {
        assertEquals(List.of(), NextStep.of(new HomeFacts(true, 2, 0, 0, 0, 0)));
    }

    @Test
    void everyStepThatAppliesIsListedMostPressingFirst() {
        assertEquals(List.of(NextStep.NO_MAIN, NextStep.TOKENS_TO_RENEW, NextStep.REQUESTS_TO_DECIDE, NextStep.NO_ALTS,
                        NextStep.OPEN_GROUPS_AVAILABLE, NextStep.PENDING_REQUESTS),
                NextStep.of(new HomeFacts(false, 0, 1, 1, 2, 1)));
    }

    @Test
    void waitingRequestsAndTokensAreStepsOfTheirOwn() {
        assertEquals(List.of(NextStep.PENDING_REQUESTS), NextStep.of(new HomeFacts(true, 3, 0, 1, 0, 0)));
        assertEquals(List.of(NextStep.TOKENS_TO_RENEW), NextStep.of(new HomeFacts(true, 3, 0, 0, 0, 2)));
        assertEquals(List.of(NextStep.REQUESTS_TO_DECIDE), NextStep.of(new HomeFacts(true, 3, 0, 0, 4, 0)));
    }
}
