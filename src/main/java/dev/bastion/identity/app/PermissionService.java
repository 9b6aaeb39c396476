package dev.bastion.identity.app;

import dev.bastion.identity.model.AuthGroup;
import dev.bastion.identity.model.EffectivePermissions;
import dev.bastion.identity.model.Permission;
import dev.bastion.identity.model.User;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Computes a user's effective permissions from their own grants, their groups' and their state's. */
@Stateless
public class PermissionService {

    @PersistenceContext
    EntityManager em;

    public EffectivePermissions effective(User user) {
        return effective(user, groupsOf(user.getId()));
    }

    /**
     * Every active user who holds the permission (directly, through a group or their state) and every
     * superuser, decided by the same rule as {@link #effective(User)}; groups are read once for all users.
     */
    public List<User> holders(Permission permission) {
        Map<Long, List<AuthGroup>> groupsByMember = new HashMap<>();
        for (AuthGroup g : em.createQuery("SELECT g FROM AuthGroup g ORDER BY g.name", AuthGroup.class).getResultList()) {
            g.getMembers().forEach(m -> groupsByMember.computeIfAbsent(m.getId(), k -> new ArrayList<>()).add(g));
        }
        return em.createQuery("SELECT u FROM User u WHERE u.active = TRUE ORDER BY u.id", User.class).getResultList().stream()
                .filter(u -> effective(u, groupsByMember.getOrDefault(u.getId(), List.of())).has(permission)).toList();
    }

    private static EffectivePermissions effective(User user, List<AuthGroup> groups) {
        if (!user.isActive()) {
            return EffectivePermissions.none();
        }
        List<Map.Entry<EffectivePermissions.Source, Collection<String>>> grants = new ArrayList<>();
        grants.add(Map.entry(new EffectivePermissions.Source("granted", "directly"), user.getPermissions()));
        grants.add(Map.entry(new EffectivePermissions.Source("state", user.getState().getName()),
                user.getState().getPermissions()));
        for (AuthGroup g : groups) {
            grants.add(Map.entry(new EffectivePermissions.Source("group", g.getName()), g.getPermissions()));
        }
        return EffectivePermissions.of(user.isSuperuser(), grants);
    }

    public List<AuthGroup> groupsOf(long userId) {
        return em.createQuery("SELECT g FROM AuthGroup g JOIN g.members m WHERE m.id = :u ORDER BY g.name", AuthGroup.class)
                .setParameter("u", userId).getResultList();
    }
}
