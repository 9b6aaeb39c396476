package dev.bastion.esi.model;

import dev.bastion.platform.Backoff;


import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * How every ESI request is made, whatever the route: waits for the governor, serves fresh cache hits
 * without a request (never before Expires), revalidates with If-None-Match, fetches every X-Pages page
 * with a Last-Modified consistency check, waits out 429/420, retries 5xx and timeouts with backoff.
 * How long a call may wait depends on the calling thread's {@link EsiPriority}: background work waits up
 * to maxWait per pause; an interactive call sleeps at most interactiveMaxWait in all (governor pauses and
 * backoff together) and otherwise fails at once, so that the person's request can answer without it.
 * Free of HTTP client code so that each rule is unit-tested; {@code EsiClient} plugs in the REST client.
 */
public final class EsiGateway {

    private static final Logger LOG = Logger.getLogger(EsiGateway.class.getName());
    private static final Duration DEFAULT_LIMIT_WAIT = Duration.ofSeconds(60);

    /** Sends one request; etag is null for an unconditional one. Throws {@link TransportFailure} on I/O. */
    @FunctionalInterface
    public interface Transport {
        EsiResponse send(String etag);
    }

    /** Sends one page of a paged request. */
    @FunctionalInterface
    public interface PagedTransport {
        EsiResponse send(int page, String etag);
    }

    /** A timeout, refused connection or broken stream: no HTTP answer at all. */
    public static final class TransportFailure extends RuntimeException {
        public TransportFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Waits; replaced in tests so that they do not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final EsiGovernor governor;
    private final EsiCache cache;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Backoff backoff;
    private final int maxAttempts;
    private final Duration maxWait;
    private final Duration interactiveMaxWait;

    public EsiGateway(EsiGovernor governor, EsiCache cache, Clock clock, Sleeper sleeper, Backoff backoff,
                      int maxAttempts, Duration maxWait) {
        this(governor, cache, clock, sleeper, backoff, maxAttempts, maxWait, Duration.ZERO);
    }

    public EsiGateway(EsiGovernor governor, EsiCache cache, Clock clock, Sleeper sleeper, Backoff backoff,
                      int maxAttempts, Duration maxWait, Duration interactiveMaxWait) {
        this.interactiveMaxWait = interactiveMaxWait;
        this.governor = governor;
        this.cache = cache;
        this.clock = clock;
        this.sleeper = sleeper;
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
        this.maxWait = maxWait;
    }

    /** A cached GET: the body, from cache while fresh, else from ESI (304 keeps the cached body). */
    public String get(String cacheKey, String route, String principal, Transport transport) {
        return getEntry(cacheKey, route, principal, transport).body();
    }

    /** Every page of a paged GET, in page order; restarted once if the pages changed mid-fetch. */
    public List<String> getAllPages(String cacheKey, String route, String principal, PagedTransport transport) {
        for (int round = 1; round <= 2; round++) {
            EsiCache.Entry first = getEntry(cacheKey + "?page=1", route, principal, etag -> transport.send(1, etag));
            List<String> bodies = new ArrayList<>(List.of(first.body()));
            boolean consistent = true;
            for (int page = 2; page <= first.pages(); page++) {
                int p = page;
                EsiCache.Entry e = getEntry(cacheKey + "?page=" + p, route, principal, etag -> transport.send(p, etag));
                if (first.lastModified() != null && e.lastModified() != null
                        && !first.lastModified().equals(e.lastModified())) {
                    consistent = false;
                    cache.evict(cacheKey + "?page=1");
                    break;
                }
                bodies.add(e.body());
            }
            if (consistent) {
                return bodies;
            }
            LOG.fine(() -> "Pages of " + cacheKey + " changed while fetching; fetching again");
        }
        throw new EsiException(EsiException.Kind.UNAVAILABLE, 0,
                "Pages of " + route + " kept changing while being fetched", clock.instant().plusSeconds(60));
    }

    /** An uncached request (POST routes carry no cache headers). */
    public String send(String route, String principal, Transport transport) {
        return exchange(route, principal, transport, null).body();
    }

    private EsiCache.Entry getEntry(String cacheKey, String route, String principal, Transport transport) {
        Instant now = clock.instant();
        Optional<EsiCache.Entry> cached = cache.get(cacheKey);
        if (cached.isPresent() && cached.get().expiresAt().isAfter(now)) {
            return cached.get();
        }
        String etag = cached.map(EsiCache.Entry::etag).orElse(null);
        EsiResponse response = exchange(route, principal, transport, etag);
        Instant expires = response.expires().orElse(clock.instant());
        if (response.status() == 304) {
            if (cached.isEmpty()) {
                response = exchange(route, principal, transport, null);
            } else {
                EsiCache.Entry refreshed = cached.get().withExpiresAt(expires);
                cache.put(cacheKey, refreshed);
                return refreshed;
            }
        }
        EsiCache.Entry entry = new EsiCache.Entry(response.etag().orElse(null), response.expires().orElse(clock.instant()),
                response.header("Last-Modified"), response.pages(), response.body());
        cache.put(cacheKey, entry);
        return entry;
    }

    private EsiResponse exchange(String route, String principal, Transport transport, String etag) {
        EsiPriority priority = EsiPriority.current();
        WaitBudget budget = new WaitBudget(priority);
        EsiException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Instant now = clock.instant();
            Duration wait = governor.delayBeforeNext(route, principal, priority, now);
            if (!budget.allows(wait)) {
                throw new EsiException(EsiException.Kind.RATE_LIMITED, 0,
                        "ESI limits reached for " + route + "; next request allowed at " + now.plus(wait), now.plus(wait));
            }
            budget.pause(wait);
            EsiResponse response;
            try {
                response = transport.send(etag);
            } catch (TransportFailure e) {
                last = new EsiException(EsiException.Kind.UNAVAILABLE, 0, "No answer from ESI for " + route + ": "
                        + e.getMessage(), null);
                if (!budget.allowsBackoff(backoff.delay(attempt))) {
                    throw last;
                }
                budget.pause(backoff.delay(attempt));
                continue;
            }
            now = clock.instant();
            governor.observe(route, principal, response, now);
            int status = response.status();
            if (status < 400) {
                return response;
            }
            if (status == 429) {
                Duration retryAfter = seconds(response.retryAfterSeconds().orElse(null));
                governor.rateLimited(route, principal, retryAfter, now);
                last = new EsiException(EsiException.Kind.RATE_LIMITED, 429, "ESI rate limit on " + route,
                        now.plus(retryAfter));
            } else if (status == 420) {
                Duration retryAfter = seconds(response.retryAfterSeconds()
                        .or(() -> Optional.ofNullable(response.header("X-ESI-Error-Limit-Reset")).map(Double::valueOf))
                        .orElse(null));
                governor.errorLimited(retryAfter, now);
                last = new EsiException(EsiException.Kind.RATE_LIMITED, 420, "ESI error limit reached", now.plus(retryAfter));
            } else if (status >= 500) {
                last = new EsiException(EsiException.Kind.UNAVAILABLE, status, "ESI answered " + status + " for "
                        + route, null);
                if (!budget.allowsBackoff(backoff.delay(attempt))) {
                    throw last;
                }
                budget.pause(backoff.delay(attempt));
            } else {
                throw new EsiException(EsiException.Kind.REJECTED, status, "ESI answered " + status + " for " + route
                        + ": " + errorText(response.body()), null);
            }
        }
        throw Objects.requireNonNull(last);
    }

    /** What one call may still sleep: background work each pause up to maxWait, interactive calls a total. */
    private final class WaitBudget {
        private final boolean interactive;
        private Duration slept = Duration.ZERO;

        WaitBudget(EsiPriority priority) {
            this.interactive = priority == EsiPriority.INTERACTIVE;
        }

        boolean allows(Duration wait) {
            return interactive ? slept.plus(wait).compareTo(interactiveMaxWait) <= 0 : wait.compareTo(maxWait) <= 0;
        }

        /** Backoff between retries is always allowed in the background; interactively only within the total. */
        boolean allowsBackoff(Duration wait) {
            return !interactive || allows(wait);
        }

        void pause(Duration d) {
            EsiGateway.this.pause(d);
            if (!d.isNegative()) {
                slept = slept.plus(d);
            }
        }
    }

    private static Duration seconds(Double seconds) {
        return seconds == null ? DEFAULT_LIMIT_WAIT : Duration.ofMillis((long) Math.ceil(seconds * 1000));
    }

    private void pause(Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EsiException(EsiException.Kind.UNAVAILABLE, 0, "Interrupted while waiting for ESI", null);
        }
    }

    private static String errorText(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 300 ? body.substring(0, 300) : body;
    }
}
