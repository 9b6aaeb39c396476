package dev.bastion.identity.app;

import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.AuditAction;
import dev.bastion.identity.model.AuditEntry;
import dev.bastion.identity.model.AuditFilter;
import dev.bastion.identity.model.AuditRow;
import dev.bastion.platform.Like;
import dev.bastion.platform.Slice;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes and reads the audit log. Entries join the caller's transaction: a change and its record commit together. */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    public void record(Actor actor, AuditAction action, String target, String before, String after) {
        em.persist(new AuditEntry(actor.userId(), actor.name(), action, target, before, after));
    }

    /** One page of the entries the filter selects, newest first, with the count of all of them. */
    public Slice<AuditRow> entries(AuditFilter filter, int offset, int limit) {
        Where w = where(filter);
        TypedQuery<AuditEntry> q = em.createQuery("SELECT a FROM AuditEntry a" + w.jpql + " ORDER BY a.id DESC", AuditEntry.class);
        w.bind(q);
        List<AuditRow> rows = q.setFirstResult(Slice.offset(offset)).setMaxResults(Slice.limit(limit)).getResultList()
                .stream().map(AuditRow::of).toList();
        return new Slice<>(rows, count(w));
    }

    private long count(Where w) {
        TypedQuery<Long> q = em.createQuery("SELECT count(a) FROM AuditEntry a" + w.jpql, Long.class);
        w.bind(q);
        return q.getSingleResult();
    }

    /** A JPQL condition and its parameters. */
    private record Where(String jpql, Map<String, Object> params) {
        void bind(TypedQuery<?> q) {
            params.forEach(q::setParameter);
        }
    }

    private static Where where(AuditFilter f) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.action() != null) {
            conditions.add("a.action = :action");
            params.put("action", f.action().code());
        }
        if (f.actorId() != null) {
            conditions.add("a.actorId = :actorId");
            params.put("actorId", f.actorId());
        }
        if (f.system()) {
            conditions.add("a.actorId IS NULL");
        }
        if (!Like.blank(f.actor())) {
            conditions.add("LOWER(a.actorName) LIKE :actor ESCAPE '\\'");
            params.put("actor", Like.contains(f.actor()));
        }
        if (!Like.blank(f.text())) {
            conditions.add("(LOWER(a.action) LIKE :text ESCAPE '\\' OR LOWER(a.target) LIKE :text ESCAPE '\\' "
                    + "OR LOWER(a.actorName) LIKE :text ESCAPE '\\')");
            params.put("text", Like.contains(f.text()));
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }
}
