package dev.bastion.killtracker.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A negative cache: IDs that ESI said it does not know (or could not be asked about), each until a
 * time after which it may be asked again. Asking ESI about an unknown ID costs an error from its
 * error budget, so the feed asks once per TTL, not once per killmail. Bounded: when full, expired
 * entries are dropped, and if none has expired the oldest half is forgotten (asked again, no harm).
 */
public final class UnknownIds<K> {

    private final Map<K, Instant> until = new ConcurrentHashMap<>();
    private final int capacity;

    public UnknownIds(int capacity) {
        this.capacity = capacity;
    }

    /** Not to be asked about before {@code now + ttl}. */
    public void remember(K id, Instant now, Duration ttl) {
        if (until.size() >= capacity) {
            trim(now);
        }
        until.put(id, now.plus(ttl));
    }

    /** True while the ID should not be asked about again. */
    public boolean isKnownUnknown(K id, Instant now) {
        Instant t = until.get(id);
        if (t == null) {
            return false;
        }
        if (!t.isAfter(now)) {
            until.remove(id, t);
            return false;
        }
        return true;
    }

    public int size() {
        return until.size();
    }

    private void trim(Instant now) {
        until.values().removeIf(t -> !t.isAfter(now));
        if (until.size() >= capacity) {
            Instant median = until.values().stream().sorted().skip(until.size() / 2).findFirst().orElse(now);
            until.values().removeIf(t -> t.isBefore(median));
        }
    }
}
