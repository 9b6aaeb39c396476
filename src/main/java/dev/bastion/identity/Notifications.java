package dev.bastion.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Messages to users inside the portal (shown on My account). */
@Stateless
public class Notifications {

    @PersistenceContext
    EntityManager em;

    public void notify(User user, UserNotification.Level level, String message) {
        em.persist(new UserNotification(user, level, message));
    }

    /**
     * Tells every active user who holds the permission (directly, through a group or their state) and
     * every superuser; used for operational problems such as a Discord webhook that stopped existing.
     */
    public void notifyHolders(Permission permission, UserNotification.Level level, String message) {
        em.createNativeQuery("INSERT INTO user_notification (user_id, level, message) SELECT u.id, ?1, ?2 FROM app_user u "
                        + "WHERE u.active AND (u.superuser "
                        + "OR EXISTS (SELECT 1 FROM user_permission p WHERE p.user_id = u.id AND p.permission = ?3) "
                        + "OR EXISTS (SELECT 1 FROM state_permission p WHERE p.state_id = u.state_id AND p.permission = ?3) "
                        + "OR EXISTS (SELECT 1 FROM group_member m JOIN group_permission p ON p.group_id = m.group_id "
                        + "WHERE m.user_id = u.id AND p.permission = ?3))")
                .setParameter(1, level.name()).setParameter(2, message).setParameter(3, permission.code()).executeUpdate();
    }

    public List<UserNotification> recent(long userId) {
        return em.createQuery("SELECT n FROM UserNotification n WHERE n.user.id = :u ORDER BY n.id DESC",
                UserNotification.class).setParameter("u", userId).setMaxResults(20).getResultList();
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
