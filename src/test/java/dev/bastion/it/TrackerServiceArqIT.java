package dev.bastion.it;

import dev.bastion.identity.model.Actor;
import dev.bastion.platform.Refusal;
import dev.bastion.killtracker.model.Tracker;
import dev.bastion.killtracker.app.TrackerService;
import dev.bastion.notify.model.Webhook;
import dev.bastion.notify.app.WebhookService;
import dev.bastion.platform.Endpoints;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TrackerService inside the container: each admin operation commits its rows together with its audit
 * entry, a refused form or a failing batch leaves nothing behind, and copies are named and disabled.
 */
@ExtendWith(ArquillianExtension.class)
class TrackerServiceArqIT {

    static final Actor ADMIN = new Actor(null, "Tracker admin (ArqIT)");

    @Deployment
    static WebArchive deployment() {
        return ArqDeployment.of(TrackerServiceArqIT.class);
    }

    @Inject
    TrackerService trackers;

    @Inject
    WebhookService webhooks;

    @Inject
    Endpoints endpoints;

    @Resource(lookup = "jdbc/bastion")
    DataSource db;

    long webhookId;

    @BeforeEach
    void aWebhook() {
        String id = String.valueOf(System.nanoTime());
        Webhook w = webhooks.save(ADMIN, null, "arq-trackers-" + id,
                endpoints.simulatorBase() + "/sim/discord/webhooks/" + id + "/arq-token", "", true);
        webhookId = w.getId();
    }

    private Tracker form(String name) {
        Tracker t = new Tracker();
        t.getRules().setName(name);
        t.setWebhookId(webhookId);
        t.getRules().setMinValueMillions(500L);
        return t;
    }

    private static String unique(String name) {
        return name + " " + System.nanoTime();
    }

    @Test
    void savingATrackerCommitsItWithItsAuditEntry() throws Exception {
        String name = unique("Arq capitals");
        Tracker saved = trackers.save(ADMIN, form(name));

        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM kt_tracker WHERE tracker_id = ? AND name = ? "
                + "AND min_value_millions = 500 AND webhook_id = ?", saved.getId(), name, webhookId));
        assertEquals(1, InContainer.audited(db, "tracker.create", name));
    }

    @Test
    void anInvalidFormIsRefusedAndNothingIsSaved() throws Exception {
        String name = unique("Arq invalid");
        Tracker t = form(name);
        t.getRules().setMaxJumps(5); // max jumps without an origin
        TrackerService.InvalidTracker e = assertThrows(TrackerService.InvalidTracker.class, () -> trackers.save(ADMIN, t));

        assertTrue(e.problems().stream().anyMatch(p -> p.field().equals("origin")), e.problems().toString());
        assertEquals(0, InContainer.count(db, "SELECT count(*) FROM kt_tracker WHERE name = ?", name));
        assertEquals(0, InContainer.audited(db, "tracker.create", name));
    }

    @Test
    void aSecondTrackerWithTheSameNameInAnyCaseIsRefused() throws Exception {
        String name = unique("Arq duplicate");
        trackers.save(ADMIN, form(name));
        TrackerService.InvalidTracker e = assertThrows(TrackerService.InvalidTracker.class,
                () -> trackers.save(ADMIN, form(name.toUpperCase())));

        assertTrue(e.problems().stream().anyMatch(p -> p.field().equals("name")));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM kt_tracker WHERE lower(name) = lower(?)", name));
    }

    @Test
    void enablingABatchWithAMissingTrackerRollsBackTheWholeBatch() throws Exception {
        Tracker disabled = form(unique("Arq batch"));
        disabled.setEnabled(false);
        Tracker first = trackers.save(ADMIN, disabled);

        assertThrows(Refusal.class, () -> trackers.setEnabled(ADMIN, List.of(first.getId(), -1L), true));

        assertEquals(0, InContainer.count(db, "SELECT count(*) FROM kt_tracker WHERE tracker_id = ? AND enabled",
                first.getId()), "the first tracker's change was rolled back with the failure");
        assertEquals(0, InContainer.audited(db, "tracker.enable", first.getName()), "and so was its audit entry");
    }

    @Test
    void copiesAreDisabledAndNumbered() throws Exception {
        Tracker source = trackers.save(ADMIN, form(unique("Arq source")));
        assertTrue(source.isEnabled());

        Tracker copy = trackers.copy(ADMIN, source.getId());
        Tracker second = trackers.copy(ADMIN, source.getId());

        assertEquals(source.getName() + " (copy)", copy.getName());
        assertEquals(source.getName() + " (copy 2)", second.getName());
        assertEquals(0, InContainer.count(db, "SELECT count(*) FROM kt_tracker WHERE tracker_id IN (?, ?) AND enabled",
                copy.getId(), second.getId()));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM kt_tracker WHERE tracker_id = ? AND min_value_millions = 500",
                copy.getId()), "the clauses are copied");
        assertEquals(2, InContainer.audited(db, "tracker.copy", source.getName() + " (copy"));
    }

    @Test
    void deletingATrackerRemovesItsRowsAndAuditsWhatItWas() throws Exception {
        Tracker t = form(unique("Arq delete"));
        t.setIds(dev.bastion.killtracker.model.RefList.REQUIRE_ATTACKER_ALLIANCES, List.of(99000001L));
        Tracker saved = trackers.save(ADMIN, t);
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM kt_tracker_entry WHERE tracker_id = ?", saved.getId()));

        trackers.delete(ADMIN, saved.getId());

        assertEquals(0, InContainer.count(db, "SELECT count(*) FROM kt_tracker WHERE tracker_id = ?", saved.getId()));
        assertEquals(0, InContainer.count(db, "SELECT count(*) FROM kt_tracker_entry WHERE tracker_id = ?", saved.getId()));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM audit_entry WHERE action = 'tracker.delete' "
                + "AND target LIKE ? AND before_text LIKE '%99000001%'", "%" + saved.getName()));
    }
}
