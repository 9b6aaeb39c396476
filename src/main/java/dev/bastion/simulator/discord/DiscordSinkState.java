package dev.bastion.simulator.discord;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Faults queued for the Discord sink (the next N posts answer 429 or 500) and a per-webhook rate limit
 * like Discord's typical one: 5 requests per 2 seconds.
 */
@ApplicationScoped
public class DiscordSinkState {

    static final int BUCKET_LIMIT = 5;
    static final long BUCKET_MILLIS = 2000;

    /** A fault for the next post to one webhook, or to any webhook when webhookId is null. */
    record Fault(int status, double retryAfter, String webhookId) {
    }

    private final Deque<Fault> faults = new ArrayDeque<>();
    private final java.util.Map<String, Deque<Long>> recent = new java.util.HashMap<>();

    public synchronized void addFaults(int status, int count, double retryAfter, String webhookId) {
        for (int i = 0; i < count; i++) {
            faults.addLast(new Fault(status, retryAfter, webhookId));
        }
    }

    synchronized Fault nextFault(String webhookId) {
        for (var it = faults.iterator(); it.hasNext(); ) {
            Fault f = it.next();
            if (f.webhookId() == null || f.webhookId().equals(webhookId)) {
                it.remove();
                return f;
            }
        }
        return null;
    }

    public synchronized void clear() {
        faults.clear();
        recent.clear();
    }

    /** Records a request and answers how many remain in the bucket, or -1 when it is already exhausted. */
    synchronized int take(String webhookId, long nowMillis) {
        Deque<Long> times = recent.computeIfAbsent(webhookId, k -> new ArrayDeque<>());
        while (!times.isEmpty() && nowMillis - times.peekFirst() >= BUCKET_MILLIS) {
            times.removeFirst();
        }
        if (times.size() >= BUCKET_LIMIT) {
            return -1;
        }
        times.addLast(nowMillis);
        return BUCKET_LIMIT - times.size();
    }

    synchronized double resetAfterSeconds(String webhookId, long nowMillis) {
        Deque<Long> times = recent.get(webhookId);
        if (times == null || times.isEmpty()) {
            return 0;
        }
        return Math.max(0, BUCKET_MILLIS - (nowMillis - times.peekFirst())) / 1000.0;
    }
}
