package dev.bastion.esi.model;

import java.util.function.Supplier;

/**
 * Who is waiting for an ESI call. A person ({@link #INTERACTIVE}: a page, a login) never sleeps in the
 * governor beyond a short bound and may spend the share of ESI's limits that background work leaves
 * untouched; {@link #BACKGROUND} work (timers, the kill feed, queued lookups) waits its turn. The
 * priority belongs to the calling thread: request threads are marked interactive by
 * {@code InteractiveRequests}, every other thread is background unless it says otherwise.
 */
public enum EsiPriority {
    INTERACTIVE, BACKGROUND;

    private static final ThreadLocal<EsiPriority> CURRENT = new ThreadLocal<>();

    /** The calling thread's priority; background unless marked. */
    public static EsiPriority current() {
        EsiPriority p = CURRENT.get();
        return p == null ? BACKGROUND : p;
    }

    /** This priority on the calling thread until the scope is closed; the previous one comes back then. */
    public Scope enter() {
        EsiPriority previous = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Runs work with this priority on the calling thread, then restores the previous one. */
    public <T> T during(Supplier<T> work) {
        try (Scope ignored = enter()) {
            return work.get();
        }
    }

    /** A priority in force on one thread; closing it restores the previous one. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
