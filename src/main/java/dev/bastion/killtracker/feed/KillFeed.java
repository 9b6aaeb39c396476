package dev.bastion.killtracker.feed;

import dev.bastion.killtracker.Killmail;
import dev.bastion.killtracker.KillmailParser;
import dev.bastion.killtracker.KillmailProcessor;
import dev.bastion.killtracker.LiveKillWorld;
import dev.bastion.killtracker.MalformedKillmailException;
import dev.bastion.notify.OutboxDispatcher;
import dev.bastion.notify.SendOutcome;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Follows zKillboard's R2Z2 stream continuously: {@code sequence.json} once, then {@code <n>.json}
 * one after the other, at most one request per {@code zkb-request-delay-ms}; after a 404 it asks
 * again after 250 ms, then 500 ms, doubling up to {@code idle-delay-ms}: quick while kills are flowing,
 * about one request a second when the feed is quiet. The position lives in the database and moves in the same
 * transaction that queues a killmail's Discord messages, so a restart resumes exactly where it stopped.
 * A sequence that stays missing while newer ones exist is skipped after {@code hole-wait-seconds}. Only
 * the server holding the lease reads.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "Universe", "OutboxDispatcher"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class KillFeed {

    private static final Logger LOG = Logger.getLogger(KillFeed.class.getName());
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration HEAD_CHECK = Duration.ofSeconds(5);
    /** How long a killmail waits for ESI (new types, names) before it is matched with what is known. */
    private static final Duration LOOKUP_BUDGET = Duration.ofSeconds(2);
    /** A killmail whose processing fails this often (not the database: the data) is skipped, logged. */
    private static final int MAX_PROCESSING_FAILURES = 3;

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

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
    @ConfigProperty(name = "bastion.killtracker.feed.idle-delay-ms", defaultValue = "1000")
    long idleDelayMillis;

    @Inject
    @ConfigProperty(name = "bastion.killtracker.feed.hole-wait-seconds", defaultValue = "60")
    long holeWaitSeconds;

    private final String owner = "bastion-" + UUID.randomUUID();
    private FeedPosition position;
    private volatile boolean running;
    private Thread reader;
    private long lastRequestAt;
    private Instant leaseValidUntil = Instant.EPOCH;
    private Instant lastHeadCheck = Instant.EPOCH;
    private Long knownHead;
    private Instant holeSince;
    private int failures;
    private int processingFailures;
    /** The wait after the next 404: starts short after a killmail, doubles while nothing comes. */
    private long idleWait = FIRST_IDLE_WAIT_MILLIS;
    private static final long FIRST_IDLE_WAIT_MILLIS = 250;

    @PostConstruct
    void start() {
        position = new FeedPosition(dataSource, owner);
        if (!enabled) {
            LOG.info("The kill feed is off (bastion.killtracker.feed.enabled=false)");
            return;
        }
        running = true;
        reader = threads.newThread(this::loop);
        reader.setName("bastion-r2z2-reader");
        reader.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        if (reader != null) {
            reader.interrupt();
            try {
                reader.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            position.releaseLease();
        } catch (SQLException e) {
            LOG.fine(() -> "Could not release the feed lease: " + e.getMessage());
        }
    }

    private void loop() {
        LOG.info(() -> "Kill feed reader " + owner + " started");
        while (running) {
            try {
                step();
                failures = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures++;
                LOG.warning("Kill feed: " + e.getMessage());
                LOG.log(Level.FINE, "Kill feed failure", e);
                recordError(e.getMessage());
                sleepQuietly(SendOutcome.backoff(failures).toMillis());
            }
        }
    }

    private void step() throws Exception {
        if (!holdLease()) {
            Thread.sleep(5000);
            return;
        }
        FeedPosition.Snapshot s = position.read();
        if (s.retryAt() != null && s.retryAt().isAfter(Instant.now())) {
            Thread.sleep(Math.min(5000, Duration.between(Instant.now(), s.retryAt()).toMillis() + 1));
            return;
        }
        if (s.nextSequence() == null) {
            Long head = head(true);
            if (head != null) {
                // An empty feed answers 0; its first killmail will be sequence 1.
                position.start(Math.max(head, 1));
                LOG.info(() -> "Kill feed starts at sequence " + head);
            }
            return;
        }
        long sequence = s.nextSequence();
        FeedAnswer answer = request(() -> client.killmail(sequence));
        if (answer instanceof FeedAnswer.Found found) {
            holeSince = null;
            idleWait = FIRST_IDLE_WAIT_MILLIS;
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
        } else if (answer instanceof FeedAnswer.NotFound) {
            notFound(sequence);
        } else if (answer instanceof FeedAnswer.RateLimited limited) {
            LOG.warning(() -> "zKillboard rate-limits the feed: waiting " + limited.retryAfter().toSeconds() + " s");
            position.retryAt(Instant.now().plus(limited.retryAfter()));
        } else if (answer instanceof FeedAnswer.Failed failed) {
            throw new IllegalStateException(failed.reason() + " for sequence " + sequence);
        }
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
        world.prepare(km, LOOKUP_BUDGET);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                KillmailProcessor.Outcome outcome = processor.process(c, km, Instant.now());
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

    /** Caught up, unless newer sequences exist: then this one may be a permanent hole. */
    private void notFound(long sequence) throws Exception {
        Long head = head(false);
        if (head != null && head > sequence) {
            if (holeSince == null) {
                holeSince = Instant.now();
            } else if (Duration.between(holeSince, Instant.now()).toSeconds() >= holeWaitSeconds) {
                LOG.warning(() -> "R2Z2 sequence " + sequence + " is still missing after " + holeWaitSeconds
                        + " s while " + head + " exists: skipping it");
                position.advance(sequence, null, "skipped");
                holeSince = null;
                return;
            }
        } else {
            holeSince = null;
        }
        long wait = Math.min(idleWait, Math.max(idleDelayMillis, FIRST_IDLE_WAIT_MILLIS));
        idleWait = Math.min(idleWait * 2, Math.max(idleDelayMillis, FIRST_IDLE_WAIT_MILLIS));
        Thread.sleep(wait);
    }

    /** The newest sequence, asked at most every few seconds unless forced. */
    private Long head(boolean force) throws InterruptedException {
        if (!force && Duration.between(lastHeadCheck, Instant.now()).compareTo(HEAD_CHECK) < 0) {
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

    private void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
