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
