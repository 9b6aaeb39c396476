package dev.bastion.identity.model;

/** How users get into a group. */
public enum JoinPolicy {
    /** Listed; anyone whose state allows it joins at once. */
    OPEN("Open: join freely"),
    /** Listed; joining needs a leader's (or group manager's) approval. */
    REQUEST("Request: a leader approves"),
    /** Not listed; only an administrator adds members. */
    HIDDEN("Hidden: administrators assign members"),
    /** Not listed, never requested; used for permissions and assigned by administrators. */
    INTERNAL("Internal: administrators assign members");

    private final String label;

    JoinPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Members see the group in the list of groups they may join. */
    public boolean listed() {
        return this == OPEN || this == REQUEST;
    }
}
