package dev.bastion.simulator.demo;

import dev.bastion.killtracker.model.PingType;
import dev.bastion.killtracker.model.RefList;
import dev.bastion.killtracker.model.Tracker;
import dev.bastion.notify.model.Webhook;
import dev.bastion.platform.Endpoints;
import dev.bastion.simulator.r2z2.KillGenerator;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.logging.Logger;

/**
 * Seeds the kill tracker at the first demo start: two webhooks pointing at the simulator's Discord
 * sink, a catch-all tracker and a few an alliance would run (capitals near staging, big fights,
 * alliance losses), so Discord traffic shows in the sink from the first minute.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoPortal"})
public class DemoKillTracker {

    private static final Logger LOG = Logger.getLogger(DemoKillTracker.class.getName());
    static final List<Long> CAPITAL_GROUPS = List.of(485L, 547L, 1538L, 659L, 30L, 883L, 4594L);

    @PersistenceContext
    EntityManager em;

    @Inject
    Endpoints endpoints;

    @PostConstruct
    void seed() {
        if (!endpoints.simulatorEnabled()
                || !em.createQuery("SELECT w.id FROM Webhook w").setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        String sink = endpoints.simulatorBase() + "/sim/discord/webhooks/";
        Webhook kills = webhook("Demo kill feed", sink + "1001/demo-kill-feed", "Every kill (demo catch-all)");
        Webhook intel = webhook("Demo intel", sink + "1002/demo-intel", "Capitals near staging, big fights");
        tracker("All kills", kills, t -> t.setDescription("Catch-all: every killmail zKillboard publishes"));
        tracker("Capitals near Amamake", intel, t -> {
            t.setDescription("Capital losses within 6 light years of our staging system");
            t.getRules().setOriginSolarSystemId(KillGenerator.STAGING_SYSTEM_ID);
            t.getRules().setMaxDistance(6.0);
            t.setIds(RefList.VICTIM_SHIP_GROUPS, CAPITAL_GROUPS);
            t.getRules().setPingType(PingType.HERE);
            t.getRules().setColor("#FF4500");
        });
        tracker("Big fights", intel, t -> {
            t.setDescription("Fights with 20 or more attackers, shown as fleet kills");
            t.getRules().setMinAttackers(20);
            t.getRules().setIdentifyFleets(true);
            t.getRules().setColor("#1E90FF");
        });
        tracker("Alliance kills", kills, t -> {
            t.setDescription("Kills where our alliance scored the final blow");
            t.setIds(RefList.REQUIRE_ATTACKER_ALLIANCES, List.of(DemoUniverse.ALLIANCE_ID));
            t.getRules().setFinalBlowMode(true);
            t.getRules().setColor("#32CD32");
        });
        LOG.info("Demo kill tracker configured: 2 webhooks to the Discord sink, 4 trackers");
    }

    private Webhook webhook(String name, String url, String notes) {
        Webhook w = new Webhook();
        w.setName(name);
        w.setUrl(url);
        w.setNotes(notes);
        em.persist(w);
        em.flush();
        return w;
    }

    private void tracker(String name, Webhook webhook, java.util.function.Consumer<Tracker> setup) {
        Tracker t = new Tracker();
        t.getRules().setName(name);
        t.setWebhookId(webhook.getId());
        setup.accept(t);
        em.persist(t);
    }
}
