package dev.bastion.simulator.r2z2;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulated R2Z2's memory: faults for the next killmail files (429 with Retry-After, or 5xx), when
 * each reader last got a 404 (zKillboard refuses a reader that asks again within 6 s), and when each
 * killmail was first served (the moment Bastion read it, for latency measurements).
 */
@ApplicationScoped
public class R2z2SimulatorState {

    record Fault(int status, int retryAfterSeconds) {
    }

    /** zKillboard's rule: after a 404, ask again no sooner than this. */
    static final Duration AFTER_404 = Duration.ofSeconds(6);
    private static final int SERVED_KEPT = 100_000;

    private final Deque<Fault> faults = new ArrayDeque<>();
    private long requests;
    private long sequenceRequests;
    private long tooSoon;
    private final Map<String, Instant> last404 = new HashMap<>();
    private final Map<Long, Instant> firstServed = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Instant> eldest) {
            return size() > SERVED_KEPT;
        }
    };

    synchronized void add(int status, int count, int retryAfterSeconds) {
        for (int i = 0; i < count; i++) {
            faults.addLast(new Fault(status, retryAfterSeconds));
        }
    }

    /** Counts a killmail file request. */
    synchronized void requested() {
        requests++;
    }

    synchronized Fault next() {
        return faults.pollFirst();
    }

    /** How many killmail files were asked for, faults included (tests check that a wait sent none). */
    synchronized long requests() {
        return requests;
    }

    synchronized void sequenceRequested() {
        sequenceRequests++;
    }

    synchronized long sequenceRequests() {
        return sequenceRequests;
    }

    /** How many requests came sooner than 6 s after the same reader's 404 (and got 429). */
    synchronized long tooSoon() {
        return tooSoon;
    }

    /** How long the reader must still wait after its last 404; null when it may ask. Counts refusals. */
    synchronized Duration waitLeft(String reader, Instant now) {
        Instant at = last404.get(reader);
        if (at == null) {
            return null;
        }
        Duration left = Duration.between(now, at.plus(AFTER_404));
        if (left.isNegative() || left.isZero()) {
            last404.remove(reader);
            return null;
        }
        tooSoon++;
        return left;
    }

    synchronized void notFound(String reader, Instant now) {
        last404.put(reader, now);
    }

    synchronized void served(long killmailId, Instant now) {
        firstServed.putIfAbsent(killmailId, now);
    }

    synchronized Map<Long, Instant> firstServed() {
        return new LinkedHashMap<>(firstServed);
    }
}
