package dev.bastion.identity.app;

import dev.bastion.identity.model.AuditAction;
import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.CharacterOwnership;
import dev.bastion.identity.model.User;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Keeps {@code app_user.superuser} equal to what the configuration says: a user is a superuser exactly
 * while they own a character listed in {@code bastion.superusers}. Re-derived at start-up (the list may
 * have changed), at login, and whenever a character joins or leaves a user; every promotion and demotion
 * is audited.
 */
@Stateless
public class SuperuserStatus {

    @PersistenceContext
    EntityManager em;

    @Inject
    SuperuserList list;

    @Inject
    AuditLog audit;

    /** Re-derives one user's status; true when it changed. */
    public boolean sync(User user, String why) {
        em.flush();
        List<Long> owned = em.createQuery("SELECT o.character.id FROM CharacterOwnership o WHERE o.user.id = :u", Long.class)
                .setParameter("u", user.getId()).getResultList();
        Optional<Long> listed = list.listedAmong(owned);
        if (listed.isPresent() == user.isSuperuser()) {
            return false;
        }
        user.setSuperuser(listed.isPresent());
        audit.record(Actor.SYSTEM, AuditAction.USER_SUPERUSER, "user " + user.displayName(), String.valueOf(!listed.isPresent()),
                listed.map(c -> "true (owns character " + c + ", listed in bastion.superusers; " + why + ")")
                        .orElse("false (owns no character listed in bastion.superusers; " + why + ")"));
        return true;
    }

    /** Re-derives every user whose status may disagree with the list: the flagged ones and the owners of listed characters. */
    public int syncAll(String why) {
        List<User> candidates = em.createQuery("SELECT DISTINCT u FROM User u WHERE u.superuser = TRUE OR u.id IN "
                + "(SELECT o.user.id FROM CharacterOwnership o WHERE o.character.id IN :listed)", User.class)
                .setParameter("listed", listedOrNone()).getResultList();
        int changed = 0;
        for (User u : candidates) {
            if (sync(u, why)) {
                changed++;
            }
        }
        return changed;
    }

    /** An empty IN list is not valid JPQL everywhere; -1 is no character. */
    private List<Long> listedOrNone() {
        List<Long> ids = List.copyOf(list.ids());
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
