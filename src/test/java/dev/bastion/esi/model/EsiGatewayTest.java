package dev.bastion.esi.model;

import dev.bastion.platform.Backoff;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's rules, with a scripted ESI at the HTTP boundary and a clock that sleeping advances. */
class EsiGatewayTest {

    static final String ROUTE = "/universe/types/{type_id}";

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));
    final List<Duration> sleeps = new ArrayList<>();
    final MapCache cache = new MapCache();
    final EsiGovernor governor = new EsiGovernor(10, 30);
    final EsiGateway gateway = new EsiGateway(governor, cache, clock, d -> {
        sleeps.add(d);
        clock.advance(d);
    }, new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30)), 4, Duration.ofSeconds(60), Duration.ofMillis(250));

    final Deque<EsiResponse> script = new ArrayDeque<>();
    final List<String> sentEtags = new ArrayList<>();

    EsiGateway.Transport transport() {
        return etag -> {
            sentEtags.add(etag);
            EsiResponse r = script.pollFirst();
            if (r == null) {
                throw new AssertionError("unexpected request");
            }
            return r;
        };
    }

    EsiResponse ok(String body, String etag, int expiresInSeconds) {
        return new EsiResponse(200, body, Map.of("ETag", etag, "Expires", EsiResponseTest.http(clock.instant()
                .plusSeconds(expiresInSeconds))));
    }

    @Test
    void noRequestBeforeExpires() {
        script.add(ok("{\"a\":1}", "\"e1\"", 300));
        assertEquals("{\"a\":1}", gateway.get("k", ROUTE, "public", transport()));
        clock.advance(Duration.ofSeconds(299));
        assertEquals("{\"a\":1}", gateway.get("k", ROUTE, "public", transport()));
        assertEquals(1, sentEtags.size());
    }

    @Test
    void afterExpiryRevalidatesWithIfNoneMatchAnd304KeepsTheBody() {
        script.add(ok("{\"a\":1}", "\"e1\"", 60));
        gateway.get("k", ROUTE, "public", transport());
        clock.advance(Duration.ofSeconds(61));
        script.add(new EsiResponse(304, "", Map.of("ETag", "\"e1\"", "Expires",
                EsiResponseTest.http(clock.instant().plusSeconds(60)))));
        assertEquals("{\"a\":1}", gateway.get("k", ROUTE, "public", transport()));
        assertNull(sentEtags.get(0));
        assertEquals("\"e1\"", sentEtags.get(1));
        assertTrue(cache.get("k").orElseThrow().expiresAt().isAfter(clock.instant()));
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() {
        script.add(new EsiResponse(503, "", Map.of()));
        script.add(new EsiResponse(502, "", Map.of()));
        script.add(ok("{}", "\"e\"", 60));
        assertEquals("{}", gateway.get("k", ROUTE, "public", transport()));
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), sleeps);
    }

    @Test
    void timeoutsAreRetriedThenReportedAsUnavailable() {
        EsiGateway.Transport down = etag -> {
            throw new EsiGateway.TransportFailure("Read timed out", null);
        };
        EsiException e = assertThrows(EsiException.class, () -> gateway.get("k", ROUTE, "public", down));
        assertEquals(EsiException.Kind.UNAVAILABLE, e.kind());
        assertEquals(4, sleeps.size());
    }

    @Test
    void clientErrorsAreNotRetried() {
        script.add(new EsiResponse(404, "{\"error\":\"Type not found\"}", Map.of()));
        EsiException e = assertThrows(EsiException.class, () -> gateway.get("k", ROUTE, "public", transport()));
        assertEquals(EsiException.Kind.REJECTED, e.kind());
        assertEquals(404, e.status());
        assertTrue(e.getMessage().contains("Type not found"));
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void a429IsWaitedOutThenRetried() {
        script.add(new EsiResponse(429, "", Map.of("Retry-After", "7", "X-Ratelimit-Group", "char-detail")));
        script.add(ok("{}", "\"e\"", 60));
        assertEquals("{}", gateway.get("k", ROUTE, "2112000001", transport()));
        assertEquals(List.of(Duration.ofSeconds(7)), sleeps);
    }

    @Test
    void aLongRateLimitIsReportedInsteadOfBlocking() {
        script.add(new EsiResponse(429, "", Map.of("Retry-After", "600", "X-Ratelimit-Group", "char-detail")));
        EsiException e = assertThrows(EsiException.class, () -> gateway.get("k", ROUTE, "2112000001", transport()));
        assertEquals(EsiException.Kind.RATE_LIMITED, e.kind());
        assertEquals(clock.instant().plusSeconds(600), e.retryAt().orElseThrow());
    }

    @Test
    void oneCharactersExhaustedBucketDoesNotSlowAnother() {
        script.add(new EsiResponse(200, "[]", Map.of("X-Ratelimit-Group", "char-asset",
                "X-Ratelimit-Limit", "150/15m", "X-Ratelimit-Remaining", "0")));
        gateway.send(ROUTE, "2112000001", transport());
        assertEquals(Duration.ofSeconds(90), governor.delayBeforeNext(ROUTE, "2112000001", clock.instant()));
        assertEquals(Duration.ZERO, governor.delayBeforeNext(ROUTE, "2112000002", clock.instant()));
    }

    @Test
    void theErrorLimitFloorPausesEveryRoute() {
        script.add(new EsiResponse(200, "{}", Map.of("X-ESI-Error-Limit-Remain", "9", "X-ESI-Error-Limit-Reset", "20")));
        gateway.send(ROUTE, "public", transport());
        assertEquals(Duration.ofSeconds(20), governor.delayBeforeNext("/other", "2112000005", clock.instant()));
    }

    @Test
    void item10_anInteractiveCallFailsAtOnceDuringAPauseThatBackgroundWorkWaitsOut() {
        governor.errorLimited(Duration.ofSeconds(25), clock.instant());
        EsiException e = assertThrows(EsiException.class,
                () -> EsiPriority.INTERACTIVE.during(() -> gateway.send(ROUTE, "public", transport())));
        assertEquals(EsiException.Kind.RATE_LIMITED, e.kind());
        assertEquals(clock.instant().plusSeconds(25), e.retryAt().orElseThrow());
        assertTrue(sleeps.isEmpty(), "the interactive caller did not sleep");
        assertTrue(sentEtags.isEmpty(), "nor did it spend a request");

        script.add(ok("{}", "\"e\"", 60));
        assertEquals("{}", EsiPriority.BACKGROUND.during(() -> gateway.send(ROUTE, "public", transport())));
        assertEquals(List.of(Duration.ofSeconds(25)), sleeps, "background work waits the pause out");
    }

    @Test
    void item10_aPauseWithinTheInteractiveBoundIsWaited() {
        governor.rateLimited(ROUTE, "public", Duration.ofMillis(200), clock.instant());
        script.add(ok("{}", "\"e\"", 60));
        assertEquals("{}", EsiPriority.INTERACTIVE.during(() -> gateway.send(ROUTE, "public", transport())));
        assertEquals(List.of(Duration.ofMillis(200)), sleeps);
    }

    @Test
    void item10_anInteractiveCallDoesNotWaitOutA429() {
        script.add(new EsiResponse(429, "", Map.of("Retry-After", "7", "X-Ratelimit-Group", "char-detail")));
        EsiException e = assertThrows(EsiException.class,
                () -> EsiPriority.INTERACTIVE.during(() -> gateway.get("k", ROUTE, "2112000001", transport())));
        assertEquals(EsiException.Kind.RATE_LIMITED, e.kind());
        assertTrue(sleeps.isEmpty());
        assertEquals(1, sentEtags.size());
    }

    @Test
    void item10_anInteractiveCallRetriesAServerErrorOnlyWithinItsBound() {
        script.add(new EsiResponse(503, "", Map.of()));
        EsiException e = assertThrows(EsiException.class,
                () -> EsiPriority.INTERACTIVE.during(() -> gateway.get("k", ROUTE, "public", transport())));
        assertEquals(EsiException.Kind.UNAVAILABLE, e.kind());
        assertEquals(503, e.status());
        assertTrue(sleeps.isEmpty(), "a 500 ms backoff is more than the 250 ms an interactive call may wait");
    }

    @Test
    void item10_errorsSpentInTheBackgroundLeaveInteractiveCallsTheirReserve() {
        script.add(new EsiResponse(200, "{}", Map.of("X-ESI-Error-Limit-Remain", "25", "X-ESI-Error-Limit-Reset", "40")));
        gateway.send(ROUTE, "public", transport());
        assertEquals(Duration.ofSeconds(40), governor.delayBeforeNext("/universe/names", "public", EsiPriority.BACKGROUND,
                clock.instant()));
        script.add(ok("{}", "\"e\"", 60));
        assertEquals("{}", EsiPriority.INTERACTIVE.during(() -> gateway.send("/characters/affiliation", "public", transport())));
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void item10_threadsAreBackgroundUnlessMarked() {
        assertEquals(EsiPriority.BACKGROUND, EsiPriority.current());
        try (EsiPriority.Scope outer = EsiPriority.INTERACTIVE.enter()) {
            assertEquals(EsiPriority.INTERACTIVE, EsiPriority.current());
            assertEquals(EsiPriority.BACKGROUND, EsiPriority.BACKGROUND.during(EsiPriority::current));
            assertEquals(EsiPriority.INTERACTIVE, EsiPriority.current(), "the outer priority comes back");
        }
        assertEquals(EsiPriority.BACKGROUND, EsiPriority.current());
    }

    @Test
    void allPagesAreFetched() {
        Map<Integer, String> pages = Map.of(1, "[1,2]", 2, "[3]", 3, "[4]");
        List<Integer> asked = new ArrayList<>();
        List<String> bodies = gateway.getAllPages("types", "/universe/types", "public", (page, etag) -> {
            asked.add(page);
            return new EsiResponse(200, pages.get(page), Map.of("X-Pages", "3", "Last-Modified",
                    "Sat, 21 Nov 2026 11:59:00 GMT", "Expires", EsiResponseTest.http(clock.instant().plusSeconds(60))));
        });
        assertEquals(List.of("[1,2]", "[3]", "[4]"), bodies);
        assertEquals(List.of(1, 2, 3), asked);
    }

    @Test
    void pagesThatChangeMidFetchAreFetchedAgain() {
        int[] round = {0};
        List<String> bodies = gateway.getAllPages("types", "/universe/types", "public", (page, etag) -> {
            if (page == 1) {
                round[0]++;
            }
            String lm = page == 2 && round[0] == 1 ? "Sat, 21 Nov 2026 12:00:00 GMT" : "Sat, 21 Nov 2026 11:59:00 GMT";
            return new EsiResponse(200, "[" + page + "]", Map.of("X-Pages", "2", "Last-Modified", lm));
        });
        assertEquals(List.of("[1]", "[2]"), bodies);
        assertEquals(2, round[0]);
    }

    static final class MapCache implements EsiCache {
        final Map<String, Entry> entries = new HashMap<>();

        @Override
        public Optional<Entry> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        @Override
        public void put(String key, Entry entry) {
            entries.put(key, entry);
        }

        @Override
        public void evict(String key) {
            entries.remove(key);
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
