package dev.bastion.esi.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps ESI's limits for the whole server: a {@link RateLimitBucket} per (rate-limit group,
 * character) so that one character's exhausted bucket never slows another, and the shared
 * {@link ErrorLimit}. A route's group is learnt from its X-Ratelimit-Group header. Each wait depends on
 * the caller's {@link EsiPriority}: background work leaves a reserve of both limits to interactive calls.
 */
public final class EsiGovernor {

    private final Map<String, String> groupByRoute = new ConcurrentHashMap<>();
    private final Map<String, RateLimitBucket> buckets = new ConcurrentHashMap<>();
    private final ErrorLimit errorLimit;

    public EsiGovernor(int errorLimitFloor) {
        this(errorLimitFloor, errorLimitFloor);
    }

    public EsiGovernor(int errorLimitFloor, int backgroundErrorLimitFloor) {
        this.errorLimit = new ErrorLimit(errorLimitFloor, backgroundErrorLimitFloor);
    }

    /** The wait for background work. */
    public Duration delayBeforeNext(String route, String principal, Instant now) {
        return delayBeforeNext(route, principal, EsiPriority.BACKGROUND, now);
    }

    public Duration delayBeforeNext(String route, String principal, EsiPriority priority, Instant now) {
        Duration errors = errorLimit.delayBeforeNext(now, priority);
        Duration rate = bucket(route, principal).map(b -> b.delayBeforeNext(now, priority)).orElse(Duration.ZERO);
        return errors.compareTo(rate) >= 0 ? errors : rate;
    }

    public void observe(String route, String principal, EsiResponse response, Instant now) {
        String group = response.header("X-Ratelimit-Group");
        if (group != null) {
            groupByRoute.put(route, group);
            buckets.computeIfAbsent(group + "|" + principal, k -> new RateLimitBucket())
                    .observe(response.header("X-Ratelimit-Limit"), response.header("X-Ratelimit-Remaining"));
        }
        errorLimit.observe(response.header("X-ESI-Error-Limit-Remain"), response.header("X-ESI-Error-Limit-Reset"), now);
    }

    /** A 429 on a route: that (group, character) waits; without a known group the route as a whole does. */
    public void rateLimited(String route, String principal, Duration retryAfter, Instant now) {
        String group = groupByRoute.getOrDefault(route, "route:" + route);
        groupByRoute.putIfAbsent(route, group);
        buckets.computeIfAbsent(group + "|" + principal, k -> new RateLimitBucket()).blockFor(retryAfter, now);
    }

    public void errorLimited(Duration wait, Instant now) {
        errorLimit.limited(wait, now);
    }

    public ErrorLimit errorLimit() {
        return errorLimit;
    }

    java.util.Optional<RateLimitBucket> bucket(String route, String principal) {
        String group = groupByRoute.get(route);
        return group == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(buckets.get(group + "|" + principal));
    }
}
