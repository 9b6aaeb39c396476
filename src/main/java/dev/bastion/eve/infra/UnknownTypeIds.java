package dev.bastion.eve.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Type IDs that ESI answered 404 (or 400) for, remembered for a while: ESI counts every such answer
 * against the error limit shared by the whole portal, so asking again for an ID it just refused would
 * let anyone who repeats a request halt every ESI call. Also the range outside which no ID is worth
 * asking about at all. Bounded in size: when full, expired entries go first, then the oldest.
 */
public final class UnknownTypeIds {

    /** CCP's type IDs are positive; all in use today are far below this (the simulator's own start at 90,000,001). */
    public static final int MAX_PLAUSIBLE = 99_999_999;

    private final Duration ttl;
    private final int capacity;
    private final Map<Integer, Instant> refusedAt = new ConcurrentHashMap<>();

    public UnknownTypeIds(Duration ttl, int capacity) {
        if (ttl.isNegative() || capacity < 1) {
            throw new IllegalArgumentException("ttl must not be negative and capacity must be positive");
        }
        this.ttl = ttl;
        this.capacity = capacity;
    }

    /** Whether an ID could name a type at all; anything else is refused without asking ESI. */
    public static boolean plausible(long typeId) {
        return typeId >= 1 && typeId <= MAX_PLAUSIBLE;
    }

    /** Whether ESI refused this ID less than the TTL ago. */
    public boolean knownUnknown(int typeId, Instant now) {
        Instant at = refusedAt.get(typeId);
        if (at == null) {
            return false;
        }
        if (!now.isBefore(at.plus(ttl))) {
            refusedAt.remove(typeId, at);
            return false;
        }
        return true;
    }

    /** ESI has just refused this ID. */
    public void remember(int typeId, Instant now) {
        if (refusedAt.size() >= capacity && !refusedAt.containsKey(typeId)) {
            makeRoom(now);
        }
        refusedAt.put(typeId, now);
    }

    public int size() {
        return refusedAt.size();
    }

    private void makeRoom(Instant now) {
        refusedAt.entrySet().removeIf(e -> !now.isBefore(e.getValue().plus(ttl)));
        while (refusedAt.size() >= capacity) {
            refusedAt.entrySet().stream().min(Map.Entry.comparingByValue())
                    .ifPresent(oldest -> refusedAt.remove(oldest.getKey()));
        }
    }
}
