package dev.bastion.killtracker.app;

import dev.bastion.killtracker.model.Tracker;
import dev.bastion.killtracker.model.TrackerRules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The enabled trackers as matcher-ready snapshots. Reloaded when the tracker table changed, checked with
 * one cheap query per killmail (the feed reads at most ten a second), so an admin's change applies to
 * the very next killmail on every server instead of after upstream's 60-second object cache.
 */
@ApplicationScoped
public class TrackerCatalog {


    /** One enabled tracker: what the feed needs to match and post. */
    public record Active(long id, String name, long webhookId, TrackerRules rules) {
    }

    @PersistenceContext(unitName = "bastion")
    EntityManager em;

    private volatile List<Active> active = List.of();
    private volatile String version = "";

    public List<Active> enabled() {
        String current = String.valueOf(em.createNativeQuery(
                "SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(tracker_id), 0) "
                        + "FROM kt_tracker").getSingleResult());
        if (!current.equals(version)) {
            active = em.createQuery("SELECT t FROM Tracker t WHERE t.enabled = TRUE ORDER BY t.rules.name", Tracker.class)
                    .setHint("eclipselink.refresh", "true").getResultList().stream()
                    .map(t -> new Active(t.getId(), t.getName(), t.getWebhookId(), t.rules())).toList();
            version = current;
        }
        return active;
    }

    /** After a change on this server: the next killmail reloads even if the version text looks the same. */
    public void invalidate() {
        version = "";
    }
}
