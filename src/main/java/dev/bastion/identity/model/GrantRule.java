package dev.bastion.identity.model;

import dev.bastion.platform.Refusal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one rule against privilege escalation, asked by every service that hands out permissions: an actor
 * may only create, change or assign a grant, group, state or membership whose permissions they hold
 * themselves (superusers hold every one); only superusers change superusers; nobody decides their own
 * request. Refusals are {@link Refusal}s, so the transaction rolls back and nothing changes.
 */
public final class GrantRule {

    private GrantRule() {
    }

    /** The permissions among {@code carried} that the actor does not hold; codes Bastion no longer knows give nothing. */
    public static Set<Permission> missing(EffectivePermissions actor, Collection<String> carried) {
        Set<Permission> missing = EnumSet.noneOf(Permission.class);
        for (String code : carried) {
            Permission.ofCode(code).filter(p -> !actor.has(p)).ifPresent(missing::add);
        }
        return missing;
    }

    /** The refusal, if any, of doing {@code what} (e.g. "change the group Auditors") to something carrying these permissions. */
    public static Optional<String> refusal(EffectivePermissions actor, Collection<String> carried, String what) {
        Set<Permission> missing = missing(actor, carried);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("You cannot " + what + ": you do not hold "
                + missing.stream().map(Permission::code).collect(Collectors.joining(", "))
                + ", and nobody may hand out a permission they do not hold themselves.");
    }

    /** Refuses doing {@code what} to something carrying permissions the actor lacks. */
    public static void requireHeld(EffectivePermissions actor, Collection<String> carried, String what) {
        Optional<String> refusal = refusal(actor, carried, what);
        if (refusal.isPresent()) {
            throw new Refusal(refusal.get());
        }
    }

    /**
     * Refuses a change that leaves the actor holding a permission they did not hold before it, however
     * indirectly (deleting a state that outranked a richer one of theirs, say).
     */
    public static void requireNoGain(Set<Permission> before, EffectivePermissions after, String what) {
        Set<Permission> gained = EnumSet.noneOf(Permission.class);
        gained.addAll(after.all());
        gained.removeAll(before);
        if (!gained.isEmpty()) {
            throw new Refusal("You cannot " + what + ": it would give you "
                    + gained.stream().map(Permission::code).collect(Collectors.joining(", "))
                    + ", and nobody may hand out a permission they do not hold themselves.");
        }
    }

    /** Only a superuser changes a superuser (deactivation, grants...): otherwise recovery would need SQL. */
    public static void requireSuperuserToChange(EffectivePermissions actor, boolean targetIsSuperuser, String what) {
        if (targetIsSuperuser && !actor.superuser()) {
            throw new Refusal("You cannot " + what + ": only a superuser may change a superuser.");
        }
    }

    /** Nobody decides their own join request: it would let a leader grant themselves the group. */
    public static void requireNotOwnRequest(long actorUserId, long applicantUserId) {
        if (actorUserId == applicantUserId) {
            throw new Refusal("You cannot decide your own request: another leader or a group manager must. "
                    + "You may withdraw it on My account.");
        }
    }
}
