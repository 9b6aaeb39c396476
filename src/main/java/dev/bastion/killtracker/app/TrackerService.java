package dev.bastion.killtracker.app;

import dev.bastion.identity.model.AuditAction;
import dev.bastion.killtracker.model.Killmail;
import dev.bastion.killtracker.infra.KillmailLookup;
import dev.bastion.killtracker.infra.LiveKillWorld;
import dev.bastion.killtracker.model.MatchResult;
import dev.bastion.killtracker.model.SharedPost;
import dev.bastion.killtracker.model.Tracker;
import dev.bastion.killtracker.model.TrackerClauses;
import dev.bastion.killtracker.model.TrackerMatcher;
import dev.bastion.killtracker.model.TrackerRules;
import dev.bastion.killtracker.model.TrackerValidation;

import dev.bastion.identity.model.Actor;
import dev.bastion.identity.app.AuditLog;
import dev.bastion.platform.Refusal;
import dev.bastion.notify.app.OutboxDispatcher;
import dev.bastion.notify.model.Webhook;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Trackers for admins: save with the form rules, enable, disable, copy, delete, and the test run that
 * shows every clause of the chosen trackers against one killmail (and posts the matches, as upstream).
 */
@Stateless
public class TrackerService {

    @PersistenceContext(unitName = "bastion")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    TrackerCatalog catalog;

    @Inject
    LiveKillWorld world;

    @Inject
    KillTrackerSettings settings;

    @Inject
    KillmailLookup lookup;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    KillmailProcessor processor;

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    /** A form's problems, to show field by field; nothing was saved. */
    public static class InvalidTracker extends dev.bastion.platform.Refusal {
        private final transient List<TrackerValidation.Problem> problems;

        public InvalidTracker(List<TrackerValidation.Problem> problems) {
            super("Please correct the errors below.");
            this.problems = problems;
        }

        public List<TrackerValidation.Problem> problems() {
            return problems;
        }
    }

    public List<Tracker> all() {
        return em.createQuery("SELECT t FROM Tracker t ORDER BY t.rules.name", Tracker.class).getResultList();
    }

    public Tracker find(long id) {
        Tracker t = em.find(Tracker.class, id);
        if (t == null) {
            throw new Refusal("There is no tracker " + id + ".");
        }
        return t;
    }

    /** Saves a new (id null) or edited tracker after the form rules and a name check. */
    public Tracker save(Actor actor, Tracker form) {
        boolean hasWebhook = form.getWebhookId() != null && em.find(Webhook.class, form.getWebhookId()) != null;
        List<TrackerValidation.Problem> problems = new ArrayList<>(TrackerValidation.problems(form.rules(), hasWebhook));
        if (form.getRules().getOriginSolarSystemId() != null && world.system(form.getRules().getOriginSolarSystemId()).isEmpty()) {
            problems.add(new TrackerValidation.Problem("origin", "There is no solar system " + form.getRules().getOriginSolarSystemId() + "."));
        }
        Long clash = em.createQuery("SELECT count(t) FROM Tracker t WHERE lower(t.rules.name) = lower(:n) AND t.id <> :id",
                Long.class).setParameter("n", form.getName()).setParameter("id", form.getId() == null ? -1L : form.getId()).getSingleResult();
        if (clash > 0) {
            problems.add(new TrackerValidation.Problem("name", "Another tracker already has this name."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidTracker(problems);
        }
        form.touch();
        Tracker saved;
        if (form.getId() == null) {
            em.persist(form);
            saved = form;
            audit.record(actor, AuditAction.TRACKER_CREATE, "tracker " + form.getName(), null, describe(form));
        } else {
            Tracker before = find(form.getId());
            String was = describe(before);
            saved = em.merge(form);
            audit.record(actor, AuditAction.TRACKER_UPDATE, "tracker " + saved.getName(), was, describe(saved));
        }
        em.flush();
        catalog.invalidate();
        return saved;
    }

    public int setEnabled(Actor actor, List<Long> ids, boolean enabled) {
        for (Long id : ids) {
            Tracker t = find(id);
            t.setEnabled(enabled);
            t.touch();
            audit.record(actor, enabled ? AuditAction.TRACKER_ENABLE : AuditAction.TRACKER_DISABLE, "tracker " + t.getName(), null, null);
        }
        catalog.invalidate();
        return ids.size();
    }

    /** A disabled copy named "<name> (copy)", "<name> (copy 2)" … */
    public Tracker copy(Actor actor, long id) {
        Tracker source = find(id);
        String name = source.getName() + " (copy)";
        for (int n = 2; nameTaken(name); n++) {
            name = source.getName() + " (copy " + n + ")";
        }
        Tracker copy = source.copyNamed(name.length() > 100 ? name.substring(0, 100) : name);
        em.persist(copy);
        em.flush();
        audit.record(actor, AuditAction.TRACKER_COPY, "tracker " + copy.getName(), "copy of " + source.getName(), describe(copy));
        catalog.invalidate();
        return copy;
    }

    public void delete(Actor actor, long id) {
        Tracker t = find(id);
        audit.record(actor, AuditAction.TRACKER_DELETE, "tracker " + t.getName(), describe(t), null);
        em.remove(t);
        catalog.invalidate();
    }

    /** One tracker's outcome in a test run. */
    public record TestResult(long trackerId, String trackerName, MatchResult result, boolean posted) {
    }

    /** A test run: the killmail as loaded, and each chosen tracker's outcome. */
    public record TestRun(Killmail killmail, List<TestResult> results) {
    }

    /** Every clause of each tracker against the killmail, ignoring max age; matches are posted when asked. */
    public TestRun testRun(Actor actor, List<Long> trackerIds, long killmailId, boolean post) {
        if (trackerIds.isEmpty()) {
            throw new Refusal("Choose at least one tracker to run.");
        }
        Killmail km = lookup.load(killmailId);
        world.prepare(km);
        // An admin's test run may wait for names (the feed never does): its message is read right away.
        world.awaitNames(km, java.time.Duration.ofSeconds(10));
        TrackerMatcher matcher = new TrackerMatcher(world, settings.maxAge());
        List<TestResult> out = new ArrayList<>();
        List<SharedPost.Match> toPost = new ArrayList<>();
        for (Long id : trackerIds) {
            Tracker t = find(id);
            TrackerRules rules = t.rules();
            MatchResult r = matcher.explain(rules, km, Instant.now(), true);
            boolean posted = r.matched() && post;
            if (posted) {
                toPost.add(new SharedPost.Match(t.getId(), t.getWebhookId(), rules, r.info()));
            }
            out.add(new TestResult(t.getId(), t.getName(), r, posted));
        }
        // As the feed posts: one message per webhook naming its trackers that matched.
        try (Connection c = dataSource.getConnection()) {
            for (SharedPost shared : SharedPost.byWebhook(toPost)) {
                processor.enqueue(c, km, shared, actor.name());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot queue the test run's messages: " + e.getMessage(), e);
        }
        boolean queued = !toPost.isEmpty();
        audit.record(actor, AuditAction.TRACKER_TEST_RUN, "killmail " + killmailId, null, trackerIds.size() + " trackers");
        if (queued) {
            dispatcher.wake();
        }
        return new TestRun(km, out);
    }

    private boolean nameTaken(String name) {
        return em.createQuery("SELECT count(t) FROM Tracker t WHERE lower(t.rules.name) = lower(:n)", Long.class)
                .setParameter("n", name).getSingleResult() > 0;
    }

    static String describe(Tracker t) {
        return "name=" + t.getName() + ", enabled=" + t.isEnabled() + ", webhook=" + t.getWebhookId() + ", clauses="
                + TrackerClauses.lines(t.rules(), null);
    }
}
