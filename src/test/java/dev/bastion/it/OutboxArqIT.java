package dev.bastion.it;

import dev.bastion.identity.model.Actor;
import dev.bastion.identity.app.IdentityService;
import dev.bastion.identity.model.User;
import dev.bastion.identity.infra.SsoClient;
import dev.bastion.notify.app.Outbox;
import dev.bastion.notify.app.OutboxDispatcher;
import dev.bastion.notify.model.Webhook;
import dev.bastion.notify.app.WebhookService;
import dev.bastion.platform.Endpoints;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The outbox and its dispatcher inside the container: a message commits or rolls back with the
 * transaction that queued it, messages queued together reach Discord as one post, and a webhook Discord
 * no longer knows is disabled with its messages kept and the kill tracker's admins told.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxArqIT {

    static final Actor ADMIN = new Actor(null, "Outbox admin (ArqIT)");
    static final long ARIA = 2_112_000_001L; // superuser: told about operational problems

    @Deployment
    static WebArchive deployment() {
        return ArqDeployment.of(OutboxArqIT.class);
    }

    @Inject
    WebhookService webhooks;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    Outbox outbox;

    @Inject
    IdentityService identity;

    @Inject
    SsoClient sso;

    @Inject
    Endpoints endpoints;

    @Resource(lookup = "jdbc/bastion")
    DataSource db;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    private Webhook webhook(String sinkId) {
        return webhooks.save(ADMIN, null, "arq-outbox-" + sinkId,
                endpoints.simulatorBase() + "/sim/discord/webhooks/" + sinkId + "/arq-token", "", true);
    }

    private static JsonObject embed(String title) {
        return Json.createObjectBuilder().add("embeds", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", title)))
                .add("allowed_mentions", Json.createObjectBuilder().add("parse", Json.createArrayBuilder())).build();
    }

    private long posts(String sinkId) throws Exception {
        return InContainer.count(db, "SELECT count(*) FROM sim_discord_message WHERE webhook_id = ?", sinkId);
    }

    @Test
    void aMessageQueuedInARolledBackTransactionIsNeverSent() throws Exception {
        String sinkId = String.valueOf(System.nanoTime());
        Webhook w = webhook(sinkId);

        tx.begin();
        try (Connection c = db.getConnection()) {
            outbox.enqueue(c, w.getId(), "arq rollback", embed("rolled back"));
        }
        tx.rollback();
        // A message committed after it shows when the dispatcher has looked at this webhook.
        tx.begin();
        try (Connection c = db.getConnection()) {
            outbox.enqueue(c, w.getId(), "arq commit", embed("committed"));
        }
        tx.commit();
        dispatcher.wake();

        InContainer.await(20_000, () -> posts(sinkId) >= 1);
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM notify_outbox WHERE webhook_id = ?", w.getId()));
        assertEquals(1, posts(sinkId));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM sim_discord_message WHERE webhook_id = ? "
                + "AND payload LIKE '%committed%'", sinkId), "only the committed message reached Discord");
    }

    @Test
    void messagesQueuedTogetherReachDiscordAsOnePost() throws Exception {
        String sinkId = String.valueOf(System.nanoTime());
        Webhook w = webhook(sinkId);

        tx.begin();
        try (Connection c = db.getConnection()) {
            for (int i = 1; i <= 3; i++) {
                outbox.enqueue(c, w.getId(), "arq merge", embed("kill " + i));
            }
        }
        tx.commit();
        dispatcher.wake();

        InContainer.await(20_000, () -> InContainer.count(db, "SELECT count(*) FROM notify_outbox WHERE webhook_id = ? "
                + "AND status = 'SENT'", w.getId()) == 3);
        assertEquals(1, posts(sinkId), "one post carries the three embeds");
        assertEquals(1, InContainer.count(db, "SELECT count(DISTINCT discord_message_id) FROM notify_outbox WHERE webhook_id = ?",
                w.getId()));
        assertEquals(3, InContainer.<Integer>one(db, "SELECT payload FROM sim_discord_message WHERE webhook_id = ?",
                rs -> Json.createReader(new java.io.StringReader(rs.getString(1))).readObject().getJsonArray("embeds").size(),
                sinkId));
    }

    @Test
    void aWebhookDiscordNoLongerKnowsIsDisabledItsMessagesKeptAndAdminsTold() throws Exception {
        User aria = InContainer.signIn(identity, sso, endpoints, ARIA);
        String sinkId = String.valueOf(System.nanoTime());
        Webhook w = webhook(sinkId);
        assertEquals(204, InContainer.postJson(endpoints.simulatorBase() + "/sim/discord/faults",
                "{\"status\": 404, \"count\": 1, \"webhook_id\": \"" + sinkId + "\"}").statusCode());

        tx.begin();
        try (Connection c = db.getConnection()) {
            outbox.enqueue(c, w.getId(), "arq gone", embed("to a deleted webhook"));
        }
        tx.commit();
        dispatcher.wake();

        InContainer.await(20_000, () -> InContainer.count(db, "SELECT count(*) FROM notify_webhook WHERE webhook_id = ? "
                + "AND NOT enabled", w.getId()) == 1);
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM notify_webhook WHERE webhook_id = ? AND NOT enabled "
                + "AND disabled_reason IS NOT NULL", w.getId()));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM notify_outbox WHERE webhook_id = ? AND status = 'PENDING' "
                + "AND attempts = 1 AND last_error IS NOT NULL", w.getId()), "the message is kept for when the URL is fixed");
        InContainer.await(5_000, () -> InContainer.count(db, "SELECT count(*) FROM user_notification WHERE user_id = ? "
                + "AND message LIKE ?", aria.getId(), "%" + w.getName() + "' was disabled%") == 1);
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM user_notification WHERE user_id = ? AND message LIKE ?",
                aria.getId(), "%" + w.getName() + "' was disabled%"));
        assertEquals(0, posts(sinkId));
    }
}
