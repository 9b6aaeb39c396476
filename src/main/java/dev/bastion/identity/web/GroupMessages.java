package dev.bastion.identity.web;

import dev.bastion.identity.model.GroupOutcome;

/** The words for a group action's outcome, as the member or the leader reads them. */
public final class GroupMessages {

    private GroupMessages() {
    }

    public static String of(GroupOutcome o) {
        return switch (o.kind()) {
            case JOINED -> "You joined " + o.group() + ".";
            case REQUEST_SENT -> "Your request to join " + o.group() + " was sent to its leaders.";
            case REQUEST_ALREADY_WAITING -> "Your request to join " + o.group() + " is already waiting for a leader.";
            case ALREADY_MEMBER -> "You are already a member of " + o.group() + ".";
            case LEFT -> "You left " + o.group() + ".";
            case WITHDRAWN -> "Your request to join " + o.group() + " is withdrawn.";
            case APPROVED -> o.member() + " joined " + o.group() + ".";
            case REJECTED -> o.member() + " was refused " + o.group() + ".";
        };
    }
}
