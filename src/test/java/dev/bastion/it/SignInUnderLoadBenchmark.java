package dev.bastion.it;

import dev.bastion.simulator.demo.DemoUniverse;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static dev.bastion.it.KillTrackerFixtures.envelope;
import static dev.bastion.it.KillTrackerFixtures.newKillmailId;

/**
 * Item 10's scenario as a benchmark (not part of the test suite; {@code mvn -Pit,bench verify
 * -Dit.test=SignInUnderLoadBenchmark}): 20 users browsing over HTTP (account and home pages; the
 * superuser also the admin pages), logging in at the start and again every 30 s, plus a newcomer's first
 * login every 3 s, while 8 killmails a second are published to the simulator's R2Z2 and one in five
 * names characters the simulator's ESI does not know (one of them 3,000 such characters). Prints the
 * login times and the page latencies; asserts nothing.
 */
class SignInUnderLoadBenchmark {

    static final int USERS = Integer.getInteger("bench.signin.users", 20);
    static final int SECONDS = Integer.getInteger("bench.signin.seconds", 90);
    static final int PER_SECOND = Integer.getInteger("bench.signin.rate", 8);
    static final int HUGE_UNKNOWN = 3000;
    static final long ARIA = 2_112_000_001L;
    static final long[] FIXTURES = {10000001, 10000002, 10000003, 10000004, 10000005, 10000101, 10000102, 10000103};
    static final String[] MEMBER_PAGES = {"/account.xhtml", "/index.xhtml"};
    static final String[] SUPERUSER_PAGES = {"/account.xhtml", "/index.xhtml", "/admin/users.xhtml", "/admin/states.xhtml",
            "/admin/groups.xhtml", "/admin/audit.xhtml", "/killtracker/trackers.xhtml"};

    private static final AtomicLong NEXT_PILOT = new AtomicLong(2_114_000_000L + (System.currentTimeMillis() % 100_000) * 100);
    private static final AtomicLong NEXT_UNKNOWN = new AtomicLong(3_900_000_000L + (System.currentTimeMillis() % 1_000_000) * 1000);

    final Queue firstLogins = new Queue();
    final Queue firstCallbacks = new Queue();
    final Queue returningLogins = new Queue();
    final Queue returningCallbacks = new Queue();
    final Queue pages = new Queue();
    final ConcurrentHashMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final AtomicInteger published = new AtomicInteger();
    final AtomicInteger unpublished = new AtomicInteger();
    final AtomicInteger odd = new AtomicInteger();
    /** The publisher's own HTTP/1.1 connection: a shared HTTP/2 one may be sent GOAWAY under load. */
    final java.net.http.HttpClient publisher = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(java.time.Duration.ofSeconds(10)).build();

    @Test
    void loginsAndPagesUnderTheKillFeed() throws Exception {
        List<Long> pilots = new ArrayList<>(List.of(ARIA));
        while (pilots.size() < USERS) {
            pilots.add(newPilot("Bench Pilot"));
        }
        long start = System.currentTimeMillis();
        long end = start + SECONDS * 1000L;
        ExecutorService threads = Executors.newCachedThreadPool();
        threads.submit(() -> publish(start, end));
        threads.submit(() -> newcomers(end));
        for (int u = 0; u < pilots.size(); u++) {
            long pilot = pilots.get(u);
            long firstLoginAt = start + u * 1000L; // one a second: before, during and after the huge killmail
            threads.submit(() -> browse(pilot, firstLoginAt, end));
        }
        threads.shutdown();
        threads.awaitTermination(SECONDS + 120, TimeUnit.SECONDS);
        threads.shutdownNow();

        long names404 = ((jakarta.json.JsonArray) Http.json(Http.get("/sim/esi/requests"))).stream()
                .map(JsonValue::asJsonObject).filter(r -> "/universe/names".equals(r.getString("path"))
                        && "404".equals(r.getString("status"))).count();
        String report = String.format("%nSIGN-IN UNDER LOAD BENCHMARK: %d users browsing for %d s while %d killmails were "
                        + "published at %d/s (%d of them naming characters ESI does not know, one naming %d; %d not accepted)%n"
                        + "  first logins (new characters), whole round trip: %s%n"
                        + "    of which Bastion's SSO callback: %s%n"
                        + "  returning logins, whole round trip: %s%n"
                        + "    of which Bastion's SSO callback: %s%n"
                        + "  pages (%s): %s%n"
                        + "  HTTP statuses of pages and logins (-1: no answer): %s; /universe/names 404s among ESI's last 500 "
                        + "requests: %d%n",
                pilots.size(), SECONDS, published.get(), PER_SECOND, odd.get(), HUGE_UNKNOWN, unpublished.get(),
                firstLogins.summary(), firstCallbacks.summary(), returningLogins.summary(), returningCallbacks.summary(),
                pages.size() + " requests", pages.summary(), new java.util.TreeMap<>(statuses), names404);
        System.out.println(report);
        Path out = Path.of("target/benchmarks/signin-under-load.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** 8 killmails a second; every fifth names unknown characters, the first of those 3,000 of them. */
    private void publish(long start, long end) {
        try {
            for (int k = 0; ; k++) {
                long due = start + k * 1000L / PER_SECOND;
                if (due >= end) {
                    return;
                }
                long wait = due - System.currentTimeMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                long id = newKillmailId();
                JsonObject e = envelope(FIXTURES[k % FIXTURES.length], id, Instant.now());
                if (k % 5 == 4) {
                    e = withUnknownCharacters(e, odd.getAndIncrement() == 0 ? HUGE_UNKNOWN : 3);
                }
                try {
                    var r = publisher.send(java.net.http.HttpRequest.newBuilder(URI.create(Http.BASE + "/sim/r2z2/killmails"))
                            .header("Content-Type", "application/json").timeout(java.time.Duration.ofSeconds(30))
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(e.toString())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    (r.statusCode() == 201 ? published : unpublished).incrementAndGet();
                } catch (java.io.IOException failure) {
                    unpublished.incrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            System.out.println("publisher stopped: " + e);
        }
    }

    /** The victim and n attackers become characters no one (ESI included) has heard of. */
    static JsonObject withUnknownCharacters(JsonObject envelope, int n) {
        JsonObject esi = envelope.getJsonObject("esi");
        JsonObject template = esi.getJsonArray("attackers").getJsonObject(0);
        JsonArrayBuilder attackers = Json.createArrayBuilder();
        for (int i = 0; i < n; i++) {
            attackers.add(Json.createObjectBuilder(template).add("character_id", NEXT_UNKNOWN.incrementAndGet())
                    .add("final_blow", i == 0).add("damage_done", 10));
        }
        JsonObject victim = Json.createObjectBuilder(esi.getJsonObject("victim"))
                .add("character_id", NEXT_UNKNOWN.incrementAndGet()).build();
        return Json.createObjectBuilder(envelope).add("esi", Json.createObjectBuilder(esi).add("attackers", attackers)
                .add("victim", victim)).build();
    }

    /** A newcomer's first login every 3 s: a character Bastion has never seen, during the load. */
    private void newcomers(long end) {
        try {
            while (System.currentTimeMillis() + 3000 < end) {
                Thread.sleep(3000);
                tryLogin(new WebSession(), newPilot("Bench Newcomer"), firstLogins, firstCallbacks);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            System.out.println("newcomers stopped: " + e);
        }
    }

    /** One user: logs in, browses a page every 0.5-1.5 s, logs in again (a new session) every 30 s. */
    private void browse(long pilot, long firstLoginAt, long end) {
        try {
            Thread.sleep(Math.max(0, firstLoginAt - System.currentTimeMillis()));
            WebSession session = new WebSession();
            boolean loggedIn = tryLogin(session, pilot, firstLogins, firstCallbacks);
            long nextLogin = System.currentTimeMillis() + 30_000;
            String[] list = pilot == ARIA ? SUPERUSER_PAGES : MEMBER_PAGES;
            while (System.currentTimeMillis() < end) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(500, 1500));
                if (!loggedIn || System.currentTimeMillis() >= nextLogin) {
                    session = new WebSession();
                    loggedIn = tryLogin(session, pilot, returningLogins, returningCallbacks);
                    nextLogin = System.currentTimeMillis() + 30_000;
                    continue;
                }
                String page = list[ThreadLocalRandom.current().nextInt(list.length)];
                long t = System.nanoTime();
                try {
                    HttpResponse<String> r = session.get(page);
                    pages.add((System.nanoTime() - t) / 1_000_000);
                    count(r.statusCode());
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    count(-1);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A login whose failure (a refusal, a broken connection) is counted, not fatal to the user's thread. */
    private boolean tryLogin(WebSession session, long pilot, Queue whole, Queue callbacks) throws InterruptedException {
        try {
            login(session, pilot, whole, callbacks);
            return true;
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception | AssertionError e) {
            count(-1);
            System.out.println("login of " + pilot + " failed: " + e);
            return false;
        }
    }

    private void login(WebSession session, long pilot, Queue whole, Queue callbacks) throws Exception {
        long t = System.nanoTime();
        URI callback = session.approve(session.startLogin("/login"), pilot);
        long c = System.nanoTime();
        HttpResponse<String> r = session.get(callback.toString());
        long done = System.nanoTime();
        count(r.statusCode());
        whole.add((done - t) / 1_000_000);
        callbacks.add((done - c) / 1_000_000);
    }

    private void count(int status) {
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    static long newPilot(String name) throws Exception {
        long id = NEXT_PILOT.incrementAndGet();
        Db.update("INSERT INTO sim_character (character_id, name, account, corporation_id, birthday, security_status, owner_hash) "
                + "VALUES (?, ?, ?, ?, now(), 0.0, ?)", id, name + " " + id, "bench-" + id, SignInIT.DEMO_CORPORATION,
                DemoUniverse.ownerHash("bench-" + id, id));
        return id;
    }

    /** Millisecond samples from many threads, summarised as percentiles. */
    static final class Queue {
        private final ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();

        void add(long millis) {
            samples.add(millis);
        }

        int size() {
            return samples.size();
        }

        String summary() {
            if (samples.isEmpty()) {
                return "no samples";
            }
            List<Long> sorted = new ArrayList<>(samples);
            Collections.sort(sorted);
            return String.format("n=%d, p50 %d ms, p95 %d ms, p99 %d ms, max %d ms", sorted.size(), pct(sorted, 50),
                    pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1));
        }

        private static long pct(List<Long> sorted, int p) {
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }
    }
}
