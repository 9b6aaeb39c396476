package dev.bastion.it;

import dev.bastion.identity.model.Actor;
import dev.bastion.platform.Refusal;
import dev.bastion.notify.model.Webhook;
import dev.bastion.notify.app.WebhookService;
import dev.bastion.platform.Endpoints;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WebhookService inside the container: webhooks are validated and audited without their token, test
 * messages go through the outbox to the simulated Discord, and queue operations are audited with counts.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookServiceArqIT {

    static final Actor ADMIN = new Actor(null, "Webhook admin (ArqIT)");

    @Deployment
    static WebArchive deployment() {
        return ArqDeployment.of(WebhookServiceArqIT.class);
    }

    @Inject
    WebhookService webhooks;

    @Inject
    Endpoints endpoints;

    @Resource(lookup = "jdbc/bastion")
    DataSource db;

    /** A webhook on the simulated Discord sink under a sink id of its own; the token is "arq-secret-<id>". */
    private Webhook webhook(String sinkId, boolean enabled) {
        return webhooks.save(ADMIN, null, "arq-webhook-" + sinkId, url(sinkId), "", enabled);
    }

    private String url(String sinkId) {
        return endpoints.simulatorBase() + "/sim/discord/webhooks/" + sinkId + "/arq-secret-" + sinkId;
    }

    private long outbox(long webhookId, String status) throws Exception {
        return InContainer.count(db, "SELECT count(*) FROM notify_outbox WHERE webhook_id = ? AND status = ?", webhookId, status);
    }

    @Test
    void aWebhookIsSavedAndAuditedWithItsTokenMasked() throws Exception {
        String sinkId = String.valueOf(System.nanoTime());
        Webhook w = webhook(sinkId, true);

        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM notify_webhook WHERE webhook_id = ? AND url = ?",
                w.getId(), url(sinkId)));
        String after = InContainer.one(db, "SELECT after_text FROM audit_entry WHERE action = 'webhook.create' AND target = ?",
                rs -> rs.getString(1), "webhook " + w.getName());
        assertTrue(after.contains("name=" + w.getName()), after);
        assertFalse(after.contains("arq-secret-" + sinkId), "the audit log never shows a webhook's token: " + after);
    }

    @Test
    void aUrlThatIsNotDiscordsIsRefusedAndNothingIsSaved() throws Exception {
        String name = "arq-not-discord-" + System.nanoTime();

        assertThrows(Refusal.class, () -> webhooks.save(ADMIN, null, name, "https://example.com/hook", "", true));

        assertEquals(0, InContainer.count(db, "SELECT count(*) FROM notify_webhook WHERE name = ?", name));
        assertEquals(0, InContainer.audited(db, "webhook.create", name));
    }

    @Test
    void aTestMessageGoesThroughTheOutboxToDiscord() throws Exception {
        String sinkId = String.valueOf(System.nanoTime());
        Webhook w = webhook(sinkId, true);

        assertEquals(1, webhooks.sendTest(ADMIN, List.of(w.getId())));

        InContainer.await(20_000, () -> outbox(w.getId(), "SENT") == 1);
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM notify_outbox WHERE webhook_id = ? AND status = 'SENT' "
                + "AND discord_message_id IS NOT NULL AND sent_at IS NOT NULL", w.getId()));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM sim_discord_message WHERE webhook_id = ? "
                + "AND payload LIKE '%Test message from%'", sinkId), "Discord received it once");
    }

    @Test
    void aTestBatchNamingAMissingWebhookQueuesNothing() throws Exception {
        Webhook w = webhook(String.valueOf(System.nanoTime()), false);

        assertThrows(Refusal.class, () -> webhooks.sendTest(ADMIN, List.of(w.getId(), -1L)));

        assertEquals(0, InContainer.count(db, "SELECT count(*) FROM notify_outbox WHERE webhook_id = ?", w.getId()),
                "the first webhook's message was rolled back with the failure");
    }

    @Test
    void purgeDropsOnlyPendingMessagesAndRetryPutsFailedOnesBackInLine() throws Exception {
        Webhook w = webhook(String.valueOf(System.nanoTime()), false); // disabled: the dispatcher leaves its queue alone
        webhooks.sendTest(ADMIN, List.of(w.getId(), w.getId()));
        assertEquals(2, outbox(w.getId(), "PENDING"));

        assertEquals(2, webhooks.purge(ADMIN, w.getId()));
        assertEquals(0, InContainer.count(db, "SELECT count(*) FROM notify_outbox WHERE webhook_id = ?", w.getId()));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM audit_entry WHERE action = 'webhook.purge' AND target = ? "
                + "AND before_text = '2 pending'", "webhook " + w.getName()));

        // A message Discord refused for good (the dispatcher's REJECTED outcome) is FAILED until an admin retries it.
        webhooks.sendTest(ADMIN, List.of(w.getId()));
        InContainer.update(db, "UPDATE notify_outbox SET status = 'FAILED', attempts = 3 WHERE webhook_id = ?", w.getId());

        assertEquals(1, webhooks.retryFailed(ADMIN, w.getId()));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM notify_outbox WHERE webhook_id = ? AND status = 'PENDING' "
                + "AND attempts = 0", w.getId()));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM audit_entry WHERE action = 'webhook.retry-failed' "
                + "AND target = ? AND after_text = '1 messages'", "webhook " + w.getName()));
    }
}
