package dev.bastion.killtracker.app;

import dev.bastion.killtracker.infra.FeedAnswer;
import dev.bastion.killtracker.model.FeedPacing;
import dev.bastion.killtracker.infra.FeedPosition;
import dev.bastion.killtracker.infra.R2z2Client;

import dev.bastion.killtracker.model.Killmail;
import dev.bastion.killtracker.infra.KillmailParser;
import dev.bastion.killtracker.infra.MatchedKillmails;
import dev.bastion.killtracker.infra.LiveKillWorld;
import dev.bastion.killtracker.model.MalformedKillmailException;
import dev.bastion.notify.app.OutboxDispatcher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Follows zKillboard's R2Z2 stream, driven by a persistent EJB timer: each expiry reads
 * {@code <n>.json}, {@code <n+1>.json} ... (at most one request per {@code zkb-request-delay-ms}) until
 * R2Z2 answers 404 ("not published yet"), then arms one single-action timer for the wait zKillboard
 * asks ({@code feed.after-404-wait-seconds}, never below 6 s), for a 429's Retry-After, or for a
 * failure's backoff. The timer is persistent so that in a cluster one server reads; the lease in
 * {@code kt_feed} still guards every write. The position lives in the database and moves in the same
 * transaction that queues a killmail's Discord messages, so a restart resumes exactly where it stopped.
 * A sequence that stays missing while newer ones exist is skipped after {@code hole-wait-seconds}.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "Universe", "OutboxDispatcher"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class KillFeed {

    private static final Logger LOG = Logger.getLogger(KillFeed.class.getName());
    /** The info of the feed's timer; the watchdog's automatic timer has none. */
    static final String TIMER = "killtracker.r2z2-feed";
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration NOT_LEASE_HOLDER_WAIT = Duration.ofSeconds(5);
    /** One expiry reads at most this long, then hands over to the next at once (short transactions). */
    private static final Duration RUN_BUDGET = Duration.ofSeconds(20);
    /** A killmail whose processing fails this often (not the database: the data) is skipped, logged. */
    private static final int MAX_PROCESSING_FAILURES = 3;

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    R2z2Client client;

    @Inject
    KillmailProcessor processor;

    @Inject
    LiveKillWorld world;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    @ConfigProperty(name = "bastion.killtracker.feed.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "bastion.killtracker.zkb-request-delay-ms", defaultValue = "100")
    long requestDelayMillis;

    @Inject
    @ConfigProperty(name = "bastion.killtracker.feed.after-404-wait-seconds", defaultValue = "6")
    double after404Seconds;

    @Inject
    @ConfigProperty(name = "bastion.killtracker.feed.hole-wait-seconds", defaultValue = "60")
    long holeWaitSeconds;

    private final String owner = "bastion-" + UUID.randomUUID();
    private final AtomicBoolean reading = new AtomicBoolean();
    private FeedPosition position;
    private Duration after404;
    private Duration headCheck;
    private volatile boolean running;
    private long lastRequestAt;
    private Instant leaseValidUntil = Instant.EPOCH;
    private Instant lastHeadCheck = Instant.EPOCH;
    private Long knownHead;
    private Instant holeSince;
    private long holeSequence;
    private int failures;
    private int processingFailures;

    @PostConstruct
    void start() {
        position = new FeedPosition(dataSource, owner);
        after404 = FeedPacing.after404(after404Seconds);
        headCheck = FeedPacing.headCheck(holeWaitSeconds);
        if (after404Seconds < FeedPacing.ZKILLBOARD_404_FLOOR.toSeconds()) {
            LOG.warning(() -> "bastion.killtracker.feed.after-404-wait-seconds=" + after404Seconds
                    + " is below zKillboard's 6 s: waiting 6 s after a 404");
        }
        if (!enabled) {
            feedTimers().forEach(Timer::cancel);
            LOG.info("The kill feed is off (bastion.killtracker.feed.enabled=false)");
            return;
        }
        running = true;
        // A timer that survived a restart (persistent) carries on; otherwise the first read starts now.
        if (feedTimers().isEmpty()) {
            arm(Duration.ofSeconds(1), null);
        }
        LOG.info(() -> "Kill feed reader " + owner + " started; " + after404.toSeconds() + " s after each 404");
    }

    @PreDestroy
    void stop() {
        running = false;
        long until = System.currentTimeMillis() + 10_000;
        while (reading.get() && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            position.releaseLease();
        } catch (SQLException e) {
            LOG.fine(() -> "Could not release the feed lease: " + e.getMessage());
        }
    }

    /** One expiry: read until there is nothing new (or the run budget is spent), then arm the next wait. */
    @Timeout
    void read(Timer timer) {
        if (!running || !TIMER.equals(timer.getInfo())) {
            return;
        }
        if (!reading.compareAndSet(false, true)) {
            return; // a second chain (left by a crash between two timers) ends here
        }
        try {
            Duration wait;
            try {
                wait = readUntilIdle();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                wait = NOT_LEASE_HOLDER_WAIT;
            }
            if (running) {
                arm(wait, timer);
            }
        } finally {
            reading.set(false);
        }
    }

    /** Re-arms the feed if its timer chain was ever broken (a failed timer creation); normally idle. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    void watchdog() {
        if (running && !reading.get() && feedTimers().isEmpty()) {
            LOG.warning("The kill feed had no timer: re-arming it");
            arm(Duration.ofSeconds(1), null);
        }
    }

    private Duration readUntilIdle() throws InterruptedException {
        Instant until = Instant.now().plus(RUN_BUDGET);
        while (running && Instant.now().isBefore(until)) {
            try {
                Duration wait = step();
                failures = 0;
                if (wait != null) {
                    return wait;
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                failures++;
                LOG.warning("Kill feed: " + e.getMessage());
                LOG.log(Level.FINE, "Kill feed failure", e);
                recordError(e.getMessage());
                return FeedPacing.afterServerError(failures);
            }
        }
        return Duration.ZERO;
    }

    /** Exactly one feed timer: the next one, persistent; any other (a crash's leftover) is cancelled. */
    private void arm(Duration wait, Timer current) {
        for (Timer t : feedTimers()) {
            if (!t.equals(current)) {
                t.cancel();
            }
        }
        timers.createSingleActionTimer(Math.max(1, wait.toMillis()), new TimerConfig(TIMER, true));
    }

    private java.util.List<Timer> feedTimers() {
        return timers.getTimers().stream().filter(t -> {
            try {
                return TIMER.equals(t.getInfo());
            } catch (RuntimeException gone) {
                return false; // expired or cancelled meanwhile
            }
        }).toList();
    }

    /** One request and what it led to; null to go on reading, else how long to wait. */
    private Duration step() throws Exception {
        if (!holdLease()) {
            return NOT_LEASE_HOLDER_WAIT;
        }
        FeedPosition.Snapshot s = position.read();
        if (s.retryAt() != null && s.retryAt().isAfter(Instant.now())) {
            return Duration.between(Instant.now(), s.retryAt()).plusMillis(1);
        }
        if (s.nextSequence() == null) {
            Long head = head(true);
            if (head != null) {
                // An empty feed answers 0; its first killmail will be sequence 1.
                position.start(Math.max(head, 1));
                LOG.info(() -> "Kill feed starts at sequence " + head);
            }
            return null;
        }
        long sequence = s.nextSequence();
        if (holeSince != null && holeSequence == sequence
                && Duration.between(holeSince, Instant.now()).toSeconds() >= holeWaitSeconds) {
            // Skipped without asking it again: the next request (sequence + 1) is already 6 s after the 404.
            LOG.warning(() -> "R2Z2 sequence " + sequence + " is still missing after " + holeWaitSeconds
                    + " s while " + knownHead + " exists: skipping it");
            position.advance(sequence, null, "skipped");
            holeSince = null;
            return null;
        }
        FeedAnswer answer = request(() -> client.killmail(sequence));
        if (answer instanceof FeedAnswer.Found found) {
            holeSince = null;
            try {
                handle(sequence, found.body());
                processingFailures = 0;
            } catch (RuntimeException e) {
                // Not the database (SQLException goes up and is retried forever): something in this killmail.
                processingFailures++;
                if (processingFailures < MAX_PROCESSING_FAILURES) {
                    throw e;
                }
                LOG.log(Level.SEVERE, "Skipping R2Z2 sequence " + sequence + " after " + processingFailures
                        + " failed attempts to process it", e);
                position.error("sequence " + sequence + " skipped: " + e);
                position.advance(sequence, null, "malformed");
                processingFailures = 0;
            }
            return null;
        } else if (answer instanceof FeedAnswer.NotFound) {
            return notFound(sequence);
        } else if (answer instanceof FeedAnswer.RateLimited limited) {
            LOG.warning(() -> "zKillboard rate-limits the feed: waiting " + limited.retryAfter().toSeconds() + " s");
            position.retryAt(Instant.now().plus(limited.retryAfter()));
            return limited.retryAfter();
        }
        throw new IllegalStateException(((FeedAnswer.Failed) answer).reason() + " for sequence " + sequence);
    }

    private void handle(long sequence, String body) throws SQLException {
        Killmail km;
        try {
            km = KillmailParser.parseEnvelope(body);
        } catch (MalformedKillmailException e) {
            LOG.warning(() -> "Skipping R2Z2 sequence " + sequence + ": malformed envelope (" + e.getMessage() + ")");
            position.advance(sequence, null, "malformed");
            return;
        }
        world.prepare(km);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                KillmailProcessor.Outcome outcome = processor.process(c, km, Instant.now());
                if (!outcome.matchedTrackerIds().isEmpty()) {
                    MatchedKillmails.record(c, km);
                }
                if (!position.advance(c, sequence, km.id(), "read")) {
                    c.rollback();
                    LOG.warning(() -> "Feed position moved under this reader; killmail " + km.id() + " left to the lease holder");
                    leaseValidUntil = Instant.EPOCH;
                    return;
                }
                c.commit();
                if (!outcome.matchedTrackerIds().isEmpty()) {
                    dispatcher.wake();
                }
                LOG.fine(() -> "Killmail " + km.id() + " (sequence " + sequence + "): " + outcome.matchedTrackerIds().size()
                        + " of " + outcome.trackers() + " trackers matched");
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * Caught up, unless newer sequences exist: then this one may be a permanent hole, skipped once it has
     * been missing for the hole wait. Either way the next request waits what zKillboard asks after a 404.
     */
    private Duration notFound(long sequence) throws InterruptedException {
        Long head = head(false);
        if (head != null && head > sequence) {
            if (holeSince == null || holeSequence != sequence) {
                holeSince = Instant.now();
                holeSequence = sequence;
            }
        } else {
            holeSince = null;
        }
        return after404;
    }

    /** The newest sequence, asked at most every {@link FeedPacing#headCheck} unless forced. */
    private Long head(boolean force) throws InterruptedException {
        if (!force && Duration.between(lastHeadCheck, Instant.now()).compareTo(headCheck) < 0) {
            return knownHead;
        }
        FeedAnswer answer = request(client::sequence);
        lastHeadCheck = Instant.now();
        if (answer instanceof FeedAnswer.Found found) {
            knownHead = FeedAnswer.sequence(found.body());
        } else if (answer instanceof FeedAnswer.RateLimited limited) {
            try {
                position.retryAt(Instant.now().plus(limited.retryAfter()));
            } catch (SQLException e) {
                LOG.warning("Cannot store the feed's retry time: " + e.getMessage());
            }
        } else if (force) {
            throw new IllegalStateException("sequence.json: " + answer);
        }
        return knownHead;
    }

    /** One request, never sooner than the configured delay after the previous one. */
    private FeedAnswer request(java.util.function.Supplier<FeedAnswer> call) throws InterruptedException {
        long wait = lastRequestAt + Math.max(50, requestDelayMillis) - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        lastRequestAt = System.currentTimeMillis();
        return call.get();
    }

    private boolean holdLease() throws SQLException {
        if (Instant.now().isBefore(leaseValidUntil.minus(LEASE.dividedBy(2)))) {
            return true;
        }
        if (position.holdLease(LEASE)) {
            leaseValidUntil = Instant.now().plus(LEASE);
            return true;
        }
        leaseValidUntil = Instant.EPOCH;
        return false;
    }

    private void recordError(String message) {
        try {
            position.error(message);
        } catch (SQLException e) {
            LOG.fine(() -> "Cannot record the feed error: " + e.getMessage());
        }
    }
}
