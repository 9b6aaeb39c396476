package dev.bastion.identity.app;

import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.EffectivePermissions;
import dev.bastion.identity.model.GrantRule;
import dev.bastion.identity.model.User;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What an {@link Actor} holds, read in the caller's transaction, for {@link GrantRule}. Bastion itself
 * (timers, logins) acts with every permission; a user acts with their effective permissions.
 */
@Stateless
public class Privileges {

    @PersistenceContext
    EntityManager em;

    @Inject
    PermissionService permissions;

    public EffectivePermissions of(Actor actor) {
        if (actor.userId() == null) {
            return EffectivePermissions.everything();
        }
        User u = em.find(User.class, actor.userId());
        return u == null ? EffectivePermissions.none() : permissions.effective(u);
    }
}
