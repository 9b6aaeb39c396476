package dev.bastion.identity.model;

/** What a group action did, for the page to put into words. */
public record GroupOutcome(Kind kind, String group, String member) {

    /** The possible results of joining, leaving, withdrawing and deciding. */
    public enum Kind { JOINED, REQUEST_SENT, REQUEST_ALREADY_WAITING, ALREADY_MEMBER, LEFT, WITHDRAWN, APPROVED, REJECTED }
}
