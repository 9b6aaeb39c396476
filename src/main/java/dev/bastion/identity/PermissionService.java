package dev.bastion.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Computes a user's effective permissions from their own grants, their groups' and their state's. */
@Stateless
public class PermissionService {

    @PersistenceContext
    EntityManager em;

    public EffectivePermissions effective(User user) {
        if (!user.isActive()) {
            return EffectivePermissions.none();
        }
        List<Map.Entry<EffectivePermissions.Source, Collection<String>>> grants = new ArrayList<>();
        grants.add(Map.entry(new EffectivePermissions.Source("granted", "directly"), user.getPermissions()));
        grants.add(Map.entry(new EffectivePermissions.Source("state", user.getState().getName()),
                user.getState().getPermissions()));
        for (AuthGroup g : groupsOf(user.getId())) {
            grants.add(Map.entry(new EffectivePermissions.Source("group", g.getName()), g.getPermissions()));
        }
        return EffectivePermissions.of(user.isSuperuser(), grants);
    }

    public List<AuthGroup> groupsOf(long userId) {
        return em.createQuery("SELECT g FROM AuthGroup g JOIN g.members m WHERE m.id = :u ORDER BY g.name", AuthGroup.class)
                .setParameter("u", userId).getResultList();
    }
}
