package dev.bastion.platform.web;

import dev.bastion.platform.Progress;
import dev.bastion.platform.Refusal;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code #{work}}: work started from a page that takes longer than a request should (every SSO token
 * checked, every affiliation refreshed) runs in the background; the page shows its progress with
 * {@code <b:job key="..."/>} and the outcome when it is done. One job per key at a time: a second click
 * while it runs shows the running one. Progress lives on the server that runs the job (the session's);
 * a finished job is shown for {@link #SHOWN_FOR}.
 */
@Named("work")
@ApplicationScoped
public class BackgroundWork {

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());
    static final Duration SHOWN_FOR = Duration.ofMinutes(15);

    /** What a page shows of a job. {@code total} is 0 until the work knows how many steps it has. */
    public record Job(String key, String title, Instant startedAt, int total, int done, Instant finishedAt, String outcome,
                      boolean failed) {

        public boolean running() {
            return finishedAt == null;
        }

        /** 0-100; unknown totals show as 0 until known. */
        public int percent() {
            return total <= 0 ? 0 : (int) Math.min(100, Math.round(100.0 * done / total));
        }
    }

    private static final class State implements Progress {
        final String key;
        final String title;
        final Instant startedAt = Instant.now();
        final AtomicInteger total = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        volatile Instant finishedAt;
        volatile String outcome;
        volatile boolean failed;

        State(String key, String title) {
            this.key = key;
            this.title = title;
        }

        @Override
        public void total(int steps) {
            total.set(steps);
        }

        @Override
        public void done(int steps) {
            done.set(steps);
        }

        Job view() {
            return new Job(key, title, startedAt, total.get(), done.get(), finishedAt, outcome, failed);
        }
    }

    @Resource
    ManagedExecutorService executor;

    private final Map<String, State> byKey = new ConcurrentHashMap<>();

    /**
     * Starts the work unless a job of this key runs already; answers the job either way. The work answers
     * the words to show when it is done; a {@link Refusal} it throws is shown as its message.
     */
    public Job start(String key, String title, Function<Progress, String> work) {
        State fresh = new State(key, title);
        State current = byKey.compute(key, (k, old) -> old != null && old.finishedAt == null ? old : fresh);
        if (current != fresh) {
            return current.view();
        }
        try {
            executor.submit(() -> run(fresh, work));
        } catch (RuntimeException e) {
            finish(fresh, "The work could not be started: " + e.getMessage(), true);
        }
        return fresh.view();
    }

    private static void run(State s, Function<Progress, String> work) {
        try {
            finish(s, work.apply(s), false);
        } catch (Refusal e) {
            finish(s, e.getMessage(), true);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, s.title + " failed", e);
            finish(s, s.title + " failed: " + e.getMessage() + ". The server log has the details; try again later.", true);
        }
    }

    private static void finish(State s, String outcome, boolean failed) {
        s.outcome = outcome;
        s.failed = failed;
        s.finishedAt = Instant.now();
    }

    /** The running job of this key, or the last one if it finished within {@link #SHOWN_FOR}; else null. */
    public Job latest(String key) {
        State s = byKey.get(key);
        if (s == null || s.finishedAt != null && s.finishedAt.isBefore(Instant.now().minus(SHOWN_FOR))) {
            return null;
        }
        return s.view();
    }

    public boolean running(String key) {
        Job j = latest(key);
        return j != null && j.running();
    }
}
