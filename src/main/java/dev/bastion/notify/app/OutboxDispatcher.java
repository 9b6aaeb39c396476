package dev.bastion.notify.app;

import dev.bastion.notify.infra.DiscordLimits;
import dev.bastion.notify.infra.DiscordPoster;
import dev.bastion.notify.infra.MessageMerge;
import dev.bastion.notify.infra.SendOutcome;
import dev.bastion.notify.model.Webhook;

import dev.bastion.identity.app.Notifications;
import dev.bastion.identity.model.Permission;
import dev.bastion.identity.model.UserNotification;
import dev.bastion.platform.Sql;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox to Discord. Each sender thread claims one webhook at a time with
 * {@code FOR UPDATE SKIP LOCKED} (so any number of threads and servers share the work and a channel's
 * messages go out in order), posts its oldest messages (merged when they fit in one post), and records
 * the outcome in the same transaction. A server killed mid-post leaves the messages PENDING: they are
 * posted again after the restart (Discord's at-least-once), never lost.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    /** Messages considered per post: Discord's embed limit. */
    private static final int BATCH = DiscordLimits.EMBEDS_MAX;
    private static final long IDLE_POLL_MILLIS = 500;

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    DiscordPoster poster;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "bastion.notify.sender-threads", defaultValue = "2")
    int senderThreads;

    @Inject
    @ConfigProperty(name = "bastion.notify.give-up-hours", defaultValue = "24")
    int giveUpHours;

    @Inject
    @ConfigProperty(name = "bastion.notify.enabled", defaultValue = "true")
    boolean enabled;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private volatile boolean running;
    private final List<Thread> workers = new ArrayList<>();

    @PostConstruct
    void start() {
        if (!enabled) {
            LOG.info("Discord delivery is off (bastion.notify.enabled=false): messages stay in the outbox");
            return;
        }
        running = true;
        for (int i = 0; i < Math.max(1, senderThreads); i++) {
            Thread t = threads.newThread(this::loop);
            t.setName("bastion-discord-sender-" + i);
            workers.add(t);
            t.start();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        wake();
        for (Thread t : workers) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called after a commit that queued messages: senders look at once instead of at their next poll. */
    public void wake() {
        lock.lock();
        try {
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (running) {
            boolean sent = false;
            try {
                sent = sendNext();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Discord sender: " + e.getMessage(), e);
                pause(2000);
            }
            if (!sent && running) {
                pause(IDLE_POLL_MILLIS);
            }
        }
    }

    private void pause(long millis) {
        lock.lock();
        try {
            work.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /** Claims one webhook with due messages and posts once; false when there was nothing to do. */
    boolean sendNext() throws SQLException {
        String disabledWebhook = null;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Claim claim = claim(c);
                if (claim == null) {
                    c.rollback();
                    return false;
                }
                List<Queued> queued = queued(c, claim.webhookId);
                if (queued.isEmpty()) {
                    // Another sender delivered them between our snapshot and our lock: nothing left here.
                    c.rollback();
                    return true;
                }
                List<Queued> batch;
                JsonObject payload;
                if (queued.get(0).attempts > 0) {
                    batch = queued.subList(0, 1); // a message that failed once goes alone, so a bad one is found
                    payload = queued.get(0).payload;
                } else {
                    List<JsonObject> fresh = queued.stream().takeWhile(q -> q.attempts == 0).map(q -> q.payload).toList();
                    MessageMerge.Merged merged = MessageMerge.leading(fresh);
                    batch = queued.subList(0, merged.count());
                    payload = merged.payload();
                }
                SendOutcome outcome = poster.post(claim.url, payload.toString());
                record(c, claim, batch, outcome);
                c.commit();
                if (outcome.kind() == SendOutcome.Kind.WEBHOOK_GONE) {
                    disabledWebhook = claim.name;
                    LOG.warning(() -> "Webhook '" + claim.name + "' disabled: " + outcome.error());
                } else if (outcome.kind() != SendOutcome.Kind.DELIVERED) {
                    LOG.info(() -> "Webhook '" + claim.name + "': " + outcome.error());
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        if (disabledWebhook != null) {
            notifications.notifyHolders(Permission.KILLTRACKER_ADMIN_ACCESS, UserNotification.Level.WARNING,
                    "Discord webhook '" + disabledWebhook + "' was disabled: Discord says it no longer exists. "
                            + "Its messages are kept; fix the URL and enable it again on the Webhooks page.");
        }
        return true;
    }

    private record Claim(long webhookId, String name, String url, int failures) {
    }

    private record Queued(long id, JsonObject payload, int attempts, OffsetDateTime createdAt) {
    }

    private static Claim claim(Connection c) throws SQLException {
        return Sql.one(c, "SELECT w.webhook_id, w.name, w.url, w.failures FROM notify_webhook w "
                + "WHERE w.enabled AND (w.blocked_until IS NULL OR w.blocked_until <= now()) "
                + "AND EXISTS (SELECT 1 FROM notify_outbox o WHERE o.webhook_id = w.webhook_id AND o.status = 'PENDING') "
                + "ORDER BY (SELECT min(o.message_id) FROM notify_outbox o WHERE o.webhook_id = w.webhook_id "
                + "AND o.status = 'PENDING') LIMIT 1 FOR UPDATE OF w SKIP LOCKED",
                rs -> new Claim(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
    }

    private static List<Queued> queued(Connection c, long webhookId) throws SQLException {
        return Sql.query(c, "SELECT message_id, payload, attempts, created_at FROM notify_outbox "
                + "WHERE webhook_id = ? AND status = 'PENDING' ORDER BY message_id LIMIT " + BATCH, rs -> {
                    try (var r = Json.createReader(new StringReader(rs.getString(2)))) {
                        return new Queued(rs.getLong(1), r.readObject(), rs.getInt(3), rs.getObject(4, OffsetDateTime.class));
                    }
                }, webhookId);
    }

    private void record(Connection c, Claim claim, List<Queued> batch, SendOutcome outcome) throws SQLException {
        Array ids = c.createArrayOf("bigint", batch.stream().map(q -> q.id).toArray());
        switch (outcome.kind()) {
            case DELIVERED -> {
                Sql.update(c, "UPDATE notify_outbox SET status = 'SENT', sent_at = now(), attempts = attempts + 1, "
                        + "discord_message_id = ?, last_error = NULL WHERE message_id = ANY(?)", outcome.discordMessageId(), ids);
                block(c, claim.webhookId, 0, outcome.pause());
            }
            case RATE_LIMITED -> block(c, claim.webhookId, claim.failures, outcome.pause());
            case SERVER_ERROR -> {
                int failures = claim.failures + 1;
                Sql.update(c, "UPDATE notify_outbox SET attempts = attempts + 1, last_error = ? WHERE message_id = ANY(?)",
                        outcome.error(), ids);
                // Past the give-up window a message is failed for good (visible to admins), the rest keep waiting.
                Sql.update(c, "UPDATE notify_outbox SET status = 'FAILED' WHERE message_id = ANY(?) AND created_at < ?", ids,
                        OffsetDateTime.now().minusHours(giveUpHours));
                block(c, claim.webhookId, failures, SendOutcome.backoff(failures));
            }
            case REJECTED -> {
                String status = batch.size() > 1 ? "PENDING" : "FAILED";
                Sql.update(c, "UPDATE notify_outbox SET attempts = attempts + 1, last_error = ?, status = ? WHERE message_id = ANY(?)",
                        outcome.error(), status, ids);
                block(c, claim.webhookId, 0, Duration.ZERO);
            }
            case WEBHOOK_GONE -> {
                Sql.update(c, "UPDATE notify_outbox SET attempts = attempts + 1, last_error = ? WHERE message_id = ANY(?)",
                        outcome.error(), ids);
                Sql.update(c, "UPDATE notify_webhook SET enabled = FALSE, disabled_reason = ? WHERE webhook_id = ?",
                        outcome.error(), claim.webhookId);
            }
        }
    }

    private static void block(Connection c, long webhookId, int failures, Duration wait) throws SQLException {
        OffsetDateTime until = wait.isZero() ? null : OffsetDateTime.ofInstant(Instant.now().plus(wait), java.time.ZoneOffset.UTC);
        Sql.update(c, "UPDATE notify_webhook SET failures = ?, blocked_until = ? WHERE webhook_id = ?", failures, until, webhookId);
    }

}
