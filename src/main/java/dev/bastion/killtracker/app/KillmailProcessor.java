package dev.bastion.killtracker.app;

import dev.bastion.killtracker.model.Killmail;
import dev.bastion.killtracker.infra.KillmailMessage;
import dev.bastion.killtracker.infra.KillmailStore;
import dev.bastion.killtracker.infra.LiveKillWorld;
import dev.bastion.killtracker.model.MatchResult;
import dev.bastion.killtracker.model.Tracker;
import dev.bastion.killtracker.model.TrackerInfo;
import dev.bastion.killtracker.model.TrackerMatcher;

import dev.bastion.notify.app.Outbox;
import dev.bastion.platform.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one killmail through every enabled tracker and, on the caller's transaction, queues a Discord
 * message per match, records the match, and stores the killmail when storing is on. The feed commits
 * that together with its new position, so each killmail is processed exactly once.
 */
@ApplicationScoped
public class KillmailProcessor {

    @Inject
    TrackerCatalog catalog;

    @Inject
    LiveKillWorld world;

    @Inject
    KillTrackerSettings settings;

    /** What happened to one killmail. */
    public record Outcome(int trackers, List<Long> matchedTrackerIds) {
    }

    public Outcome process(Connection c, Killmail km, Instant now) throws SQLException {
        TrackerMatcher matcher = new TrackerMatcher(world, settings.maxAge());
        KillmailMessage message = new KillmailMessage(world, world, settings.branding());
        List<TrackerCatalog.Active> trackers = catalog.enabled();
        List<Long> matched = new ArrayList<>();
        for (TrackerCatalog.Active t : trackers) {
            MatchResult r = matcher.match(t.rules(), km, now);
            if (r.matched()) {
                JsonObject payload = message.render(km, t.rules(), r.info());
                long messageId = Outbox.enqueue(c, t.webhookId(), "Tracker '" + t.name() + "', killmail " + km.id(), payload);
                recordMatch(c, t.id(), km, r.info(), messageId);
                matched.add(t.id());
            }
        }
        if (settings.storeKillmails()) {
            KillmailStore.store(c, km);
        }
        return new Outcome(trackers.size(), matched);
    }

    static void recordMatch(Connection c, long trackerId, Killmail km, TrackerInfo info, Long messageId) throws SQLException {
        Sql.update(c, "INSERT INTO kt_match (tracker_id, killmail_id, killmail_time, solar_system_id, victim_ship_type_id, "
                        + "total_value, jumps, distance, message_id) VALUES (?,?,?,?,?,?,?,?,?) "
                        + "ON CONFLICT (tracker_id, killmail_id) DO NOTHING",
                trackerId, km.id(), Timestamp.from(km.time()), km.solarSystemId(), km.victim().shipTypeId(),
                km.zkb().totalValue(), info == null ? null : info.jumps(), info == null ? null : info.distance(), messageId);
    }
}
