package dev.bastion.notify.app;

import dev.bastion.identity.model.AuditAction;
import dev.bastion.notify.model.OutboxMessage;
import dev.bastion.notify.model.Webhook;
import dev.bastion.notify.model.WebhookUrls;

import dev.bastion.identity.model.Actor;
import dev.bastion.identity.app.AuditLog;
import dev.bastion.platform.Refusal;
import dev.bastion.platform.Endpoints;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Webhooks for admins: create and edit with URL validation, enable and disable, send a test message
 * through the outbox, purge a queue, retry failed messages. Every change is audited.
 */
@Stateless
public class WebhookService {

    @PersistenceContext(unitName = "bastion")
    EntityManager em;

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @Inject
    Endpoints endpoints;

    @Inject
    AuditLog audit;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    Outbox outbox;

    public List<Webhook> all() {
        return em.createQuery("SELECT w FROM Webhook w ORDER BY w.name", Webhook.class).getResultList();
    }

    public Webhook find(long id) {
        Webhook w = em.find(Webhook.class, id);
        if (w == null) {
            throw new Refusal("There is no webhook " + id + ".");
        }
        return w;
    }

    /** Message counts per webhook and status, for the list. */
    public Map<Long, Map<String, Long>> counts() {
        List<Object[]> rows = em.createNativeQuery("SELECT webhook_id, status, count(*) FROM notify_outbox GROUP BY 1, 2")
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(),
                Collectors.toMap(r -> (String) r[1], r -> ((Number) r[2]).longValue())));
    }

    public Webhook save(Actor actor, Long id, String name, String url, String notes, boolean enabled) {
        if (name == null || name.isBlank() || name.strip().length() > 64) {
            throw new Refusal("A webhook needs a name of at most 64 characters.");
        }
        WebhookUrls.problem(url == null ? null : url.strip(), endpoints.simulatorBase()).ifPresent(p -> {
            throw new Refusal(p);
        });
        List<Webhook> clash = em.createQuery("SELECT w FROM Webhook w WHERE (w.name = :n OR w.url = :u) AND w.id <> :id",
                Webhook.class).setParameter("n", name.strip()).setParameter("u", url.strip()).setParameter("id", id == null ? -1L : id).getResultList();
        if (!clash.isEmpty()) {
            throw new Refusal("Another webhook already has this name or URL.");
        }
        Webhook w = id == null ? new Webhook() : find(id);
        String before = id == null ? null : describe(w);
        w.setName(name);
        w.setUrl(url);
        w.setNotes(notes);
        w.setEnabled(enabled);
        if (id == null) {
            em.persist(w);
        }
        em.flush();
        audit.record(actor, id == null ? AuditAction.WEBHOOK_CREATE : AuditAction.WEBHOOK_UPDATE, "webhook " + w.getName(), before, describe(w));
        return w;
    }

    public void delete(Actor actor, long id) {
        Webhook w = find(id);
        audit.record(actor, AuditAction.WEBHOOK_DELETE, "webhook " + w.getName(), describe(w), null);
        em.remove(w);
    }

    /**
     * Queues "Test message from Killtracker." for each webhook, as every post goes out (Bastion's name and
     * avatar); answers how many were queued.
     */
    public int sendTest(Actor actor, List<Long> ids) {
        for (Long id : ids) {
            Webhook w = find(id);
            // On the transaction's own connection: the message commits with the audit entry or not at all.
            try (Connection c = dataSource.getConnection()) {
                outbox.enqueue(c, w.getId(), "Test message by " + actor.name(),
                        Json.createObjectBuilder().add("content", "Test message from Killtracker.")
                                .add("allowed_mentions", Json.createObjectBuilder().add("parse", Json.createArrayBuilder()))
                                .build());
            } catch (SQLException e) {
                throw new IllegalStateException("Could not queue the test message: " + e.getMessage(), e);
            }
        }
        dispatcher.wake();
        return ids.size();
    }

    /** Drops a webhook's pending messages; answers how many. */
    public int purge(Actor actor, long id) {
        Webhook w = find(id);
        int n = em.createNativeQuery("DELETE FROM notify_outbox WHERE webhook_id = ?1 AND status = 'PENDING'")
                .setParameter(1, id).executeUpdate();
        audit.record(actor, AuditAction.WEBHOOK_PURGE, "webhook " + w.getName(), n + " pending", null);
        return n;
    }

    /** Puts failed messages back in line (after the cause was fixed); answers how many. */
    public int retryFailed(Actor actor, long id) {
        Webhook w = find(id);
        int n = em.createNativeQuery("UPDATE notify_outbox SET status = 'PENDING', attempts = 0 WHERE webhook_id = ?1 "
                + "AND status = 'FAILED'").setParameter(1, id).executeUpdate();
        audit.record(actor, AuditAction.WEBHOOK_RETRY_FAILED, "webhook " + w.getName(), null, n + " messages");
        dispatcher.wake();
        return n;
    }

    public List<OutboxMessage> recent(long webhookId, OutboxMessage.Status status, int max) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.webhookId = :w AND m.status = :s ORDER BY m.id DESC",
                OutboxMessage.class).setParameter("w", webhookId).setParameter("s", status).setMaxResults(max).getResultList();
    }

    private static String describe(Webhook w) {
        return "name=" + w.getName() + ", url=" + w.getMaskedUrl() + ", enabled=" + w.isEnabled();
    }
}
