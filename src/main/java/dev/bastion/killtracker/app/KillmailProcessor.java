package dev.bastion.killtracker.app;

import dev.bastion.killtracker.model.Killmail;
import dev.bastion.killtracker.infra.KillmailMessage;
import dev.bastion.killtracker.infra.KillmailStore;
import dev.bastion.killtracker.infra.LiveKillWorld;
import dev.bastion.killtracker.model.MatchResult;
import dev.bastion.killtracker.model.SharedPost;
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
 * Runs one killmail through every enabled tracker and, on the caller's transaction, queues one Discord
 * message per webhook naming every tracker of it that matched ({@link SharedPost}), records each
 * tracker's match (pointing at that message), and stores the killmail when storing is on. The feed
 * commits that together with its new position, so each killmail is processed exactly once.
 */
@ApplicationScoped
public class KillmailProcessor {

    @Inject
    TrackerCatalog catalog;

    @Inject
    LiveKillWorld world;

    @Inject
    KillTrackerSettings settings;

    @Inject
    Outbox outbox;

    /** What happened to one killmail. */
    public record Outcome(int trackers, List<Long> matchedTrackerIds) {
    }

    public Outcome process(Connection c, Killmail km, Instant now) throws SQLException {
        TrackerMatcher matcher = new TrackerMatcher(world, settings.maxAge());
        List<TrackerCatalog.Active> trackers = catalog.enabled();
        List<SharedPost.Match> matches = new ArrayList<>();
        for (TrackerCatalog.Active t : trackers) {
            MatchResult r = matcher.match(t.rules(), km, now);
            if (r.matched()) {
                matches.add(new SharedPost.Match(t.id(), t.webhookId(), t.rules(), r.info()));
            }
        }
        for (SharedPost post : SharedPost.byWebhook(matches)) {
            long messageId = enqueue(c, km, post, null);
            for (SharedPost.Match m : post.matches()) {
                recordMatch(c, m.trackerId(), km, m.info(), messageId);
            }
        }
        if (settings.storeKillmails()) {
            KillmailStore.store(c, km);
        }
        return new Outcome(trackers.size(), matches.stream().map(SharedPost.Match::trackerId).toList());
    }

    /**
     * Queues one post (the feed's, or an admin's test run's); answers the message id. {@code by} says who
     * asked, for the outbox's source column (null: the feed).
     */
    long enqueue(Connection c, Killmail km, SharedPost post, String by) throws SQLException {
        String trackers = (post.matches().size() == 1 ? "tracker " : "trackers ")
                + String.join(", ", post.trackerNames().stream().map(n -> "'" + n + "'").toList());
        String source = by == null ? Character.toUpperCase(trackers.charAt(0)) + trackers.substring(1)
                : "Test run of " + trackers + " by " + by;
        JsonObject payload = new KillmailMessage(world, world, settings.images()).render(km, post, null);
        return outbox.enqueue(c, post.webhookId(), source + ", killmail " + km.id(), payload);
    }

    static void recordMatch(Connection c, long trackerId, Killmail km, TrackerInfo info, Long messageId) throws SQLException {
        Sql.update(c, "INSERT INTO kt_match (tracker_id, killmail_id, killmail_time, solar_system_id, victim_ship_type_id, "
                        + "total_value, jumps, distance, message_id) VALUES (?,?,?,?,?,?,?,?,?) "
                        + "ON CONFLICT (tracker_id, killmail_id) DO NOTHING",
                trackerId, km.id(), Timestamp.from(km.time()), km.solarSystemId(), km.victim().shipTypeId(),
                km.zkb().totalValue(), info == null ? null : info.jumps(), info == null ? null : info.distance(), messageId);
    }
}
