package dev.bastion.identity.app;

import dev.bastion.identity.model.NotificationRow;
import dev.bastion.identity.model.Permission;
import dev.bastion.identity.model.User;
import dev.bastion.identity.model.UserNotification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Messages to users inside the portal (shown on My account). */
@Stateless
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    PermissionService permissions;

    public void notify(User user, UserNotification.Level level, String message) {
        em.persist(new UserNotification(user, level, message));
    }

    /**
     * Tells every active user who holds the permission (directly, through a group or their state) and
     * every superuser; used for operational problems such as a Discord webhook that stopped existing.
     */
    public void notifyHolders(Permission permission, UserNotification.Level level, String message) {
        permissions.holders(permission).forEach(u -> notify(u, level, message));
    }

    public List<UserNotification> recent(long userId) {
        return newestFirst(userId, 20);
    }

    /** The user's newest notifications, at most {@code max}. */
    public List<NotificationRow> latest(long userId, int max) {
        return newestFirst(userId, max).stream().map(NotificationRow::of).toList();
    }

    private List<UserNotification> newestFirst(long userId, int max) {
        return em.createQuery("SELECT n FROM UserNotification n WHERE n.user.id = :u ORDER BY n.id DESC",
                UserNotification.class).setParameter("u", userId).setMaxResults(max).getResultList();
    }

    public long unread(long userId) {
        return em.createQuery("SELECT count(n) FROM UserNotification n WHERE n.user.id = :u AND n.readAt IS NULL",
                Long.class).setParameter("u", userId).getSingleResult();
    }

    public void markAllRead(long userId) {
        em.createQuery("SELECT n FROM UserNotification n WHERE n.user.id = :u AND n.readAt IS NULL", UserNotification.class)
                .setParameter("u", userId).getResultList().forEach(UserNotification::markRead);
    }
}
