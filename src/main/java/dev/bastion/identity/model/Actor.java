package dev.bastion.identity.model;

/** Who made a change, for the audit log: a user, or Bastion itself (timers, SSO callbacks). */
public record Actor(Long userId, String name) {

    public static final Actor SYSTEM = new Actor(null, "Bastion");

    public static Actor of(User u) {
        return new Actor(u.getId(), u.displayName());
    }
}
