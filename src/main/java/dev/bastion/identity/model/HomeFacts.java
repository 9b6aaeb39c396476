package dev.bastion.identity.model;

/**
 * What the home dashboard's next steps are decided from: whether the user has a main, how many characters
 * they own, how many groups they may join or ask to join (listed, open to their state, not joined, not
 * already asked), their own requests still waiting, the requests waiting for them to decide (as a leader
 * or group manager; never their own), and how many of their characters hold no working SSO token.
 */
public record HomeFacts(boolean hasMain, int characters, int groupsToJoin, int pendingRequests, int requestsToDecide,
                        int charactersWithoutToken) {
}
