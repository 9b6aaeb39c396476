package dev.bastion.identity.app;

import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.AuditEntry;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;

/** Writes and reads the audit log. Entries join the caller's transaction: a change and its record commit together. */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    public void record(Actor actor, String action, String target, String before, String after) {
        em.persist(new AuditEntry(actor.userId(), actor.name(), action, target, before, after));
    }

    /** Newest first, optionally filtered by a text found in the action, target or actor. */
    public List<AuditEntry> page(String filter, int first, int size) {
        TypedQuery<AuditEntry> q = em.createQuery("SELECT a FROM AuditEntry a" + where(filter) + " ORDER BY a.id DESC",
                AuditEntry.class);
        bind(q, filter);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(String filter) {
        TypedQuery<Long> q = em.createQuery("SELECT count(a) FROM AuditEntry a" + where(filter), Long.class);
        bind(q, filter);
        return q.getSingleResult();
    }

    private static String where(String filter) {
        return filter == null || filter.isBlank() ? ""
                : " WHERE LOWER(a.action) LIKE :f OR LOWER(a.target) LIKE :f OR LOWER(a.actorName) LIKE :f";
    }

    private static void bind(TypedQuery<?> q, String filter) {
        if (filter != null && !filter.isBlank()) {
            q.setParameter("f", "%" + filter.trim().toLowerCase() + "%");
        }
    }
}
