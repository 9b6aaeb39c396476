package dev.bastion.simulator.esi;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the simulated ESI remembers between requests: injected faults (tests make a route answer 5xx,
 * 429 or 420, or hang), the legacy error-limit window, and a log of recent requests with the headers
 * Bastion sent, so that tests can check the client's manners.
 */
@ApplicationScoped
public class EsiSimulatorState {

    /** ESI's error window: 100 errors per 60 seconds. */
    static final int ERROR_LIMIT = 100;
    static final int ERROR_WINDOW_SECONDS = 60;
    private static final int LOG_SIZE = 500;

    /**
     * A fault for requests whose path starts with pathPrefix, for the next {@code remaining} requests; with
     * {@code ids}, only for requests whose ID list (the body of {@code /universe/names} or
     * {@code /characters/affiliation}) holds one of them, so a test slows its own request and nobody else's.
     */
    public static final class Fault {
        final String pathPrefix;
        final int status;
        final double retryAfterSeconds;
        final long delayMillis;
        final Set<Long> ids;
        int remaining;

        Fault(String pathPrefix, int status, int count, double retryAfterSeconds, long delayMillis, Set<Long> ids) {
            this.pathPrefix = pathPrefix;
            this.status = status;
            this.remaining = count;
            this.retryAfterSeconds = retryAfterSeconds;
            this.delayMillis = delayMillis;
            this.ids = Set.copyOf(ids);
        }

        boolean appliesTo(String path, Collection<Long> requestIds) {
            return path.startsWith(pathPrefix) && (ids.isEmpty() || requestIds.stream().anyMatch(ids::contains));
        }
    }

    private final List<Fault> faults = new ArrayList<>();
    private final Deque<Map<String, Object>> requests = new ArrayDeque<>();
    private int errorsInWindow;
    private Instant windowStart = Instant.EPOCH;

    public synchronized void addFault(String pathPrefix, int status, int count, double retryAfterSeconds, long delayMillis,
                                      Set<Long> ids) {
        faults.add(new Fault(pathPrefix, status, count, retryAfterSeconds, delayMillis, ids));
    }

    public synchronized void clear() {
        faults.clear();
        requests.clear();
        errorsInWindow = 0;
        windowStart = Instant.EPOCH;
    }

    /** The fault that applies to this request (its path and the IDs it asks about), consuming one use of it. */
    synchronized Fault takeFault(String path, Collection<Long> requestIds) {
        Iterator<Fault> it = faults.iterator();
        while (it.hasNext()) {
            Fault f = it.next();
            if (f.appliesTo(path, requestIds)) {
                if (--f.remaining <= 0) {
                    it.remove();
                }
                return f;
            }
        }
        return null;
    }

    synchronized void log(Map<String, Object> request) {
        requests.addLast(request);
        while (requests.size() > LOG_SIZE) {
            requests.removeFirst();
        }
    }

    public synchronized List<Map<String, Object>> requests() {
        return new ArrayList<>(requests);
    }

    synchronized void countError(Instant now) {
        rollWindow(now);
        errorsInWindow++;
    }

    synchronized int errorsRemaining(Instant now) {
        rollWindow(now);
        return Math.max(0, ERROR_LIMIT - errorsInWindow);
    }

    synchronized long secondsToReset(Instant now) {
        rollWindow(now);
        return Math.max(1, ERROR_WINDOW_SECONDS - (now.getEpochSecond() - windowStart.getEpochSecond()));
    }

    private void rollWindow(Instant now) {
        if (now.getEpochSecond() - windowStart.getEpochSecond() >= ERROR_WINDOW_SECONDS) {
            windowStart = now;
            errorsInWindow = 0;
        }
    }
}
