package dev.bastion.identity.model;

/**
 * Which audit entries to list; every part is optional (null or blank: no condition). {@code actorId}
 * selects one user's changes, {@code system} Bastion's own (timers, logins' side effects), {@code actor}
 * matches part of who acted by name, {@code text} part of the action code, target or actor.
 */
public record AuditFilter(AuditAction action, Long actorId, boolean system, String actor, String text) {

    public static final AuditFilter ALL = new AuditFilter(null, null, false, null, null);

    public static AuditFilter action(AuditAction action) {
        return new AuditFilter(action, null, false, null, null);
    }

    public static AuditFilter actor(long actorId) {
        return new AuditFilter(null, actorId, false, null, null);
    }

    public static AuditFilter text(String text) {
        return new AuditFilter(null, null, false, null, text);
    }
}
