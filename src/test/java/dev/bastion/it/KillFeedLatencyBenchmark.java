package dev.bastion.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.bastion.it.KillTrackerFixtures.*;

/**
 * End-to-end latency benchmark (not part of the test suite; {@code mvn -Pit,bench verify}): 50 trackers
 * on 10 webhooks, two runs of 1,000 killmails ({@code -Dbench.killmails}) published on the simulator's
 * R2Z2 at 5 per second, the second with half the named IDs unknown to ESI. Each killmail is timed from
 * the moment Bastion read it (the simulated R2Z2 served it) and from the publishing request to its post
 * arriving at the simulator's Discord sink; then the requests the idle feed makes to R2Z2 in a minute.
 * Prints p50/p90/p99/max; asserts nothing.
 */
class KillFeedLatencyBenchmark {

    static final int KILLMAILS = Integer.getInteger("bench.killmails", 1000);
    static final int PER_SECOND = Integer.getInteger("bench.rate", 5);
    static final long[] FIXTURES = {10000001, 10000002, 10000003, 10000004, 10000005, 10000101, 10000102, 10000103,
            10000201, 10000301, 10000302, 10000401, 10000403, 10000501, 10000502, 10000503, 10006001, 10006002, 10006003,
            10006004};

    @Test
    void latencyFromR2z2ToDiscord() throws Exception {
        // The demo's own trackers stay on: they are part of a realistic load.
        long catchAll = webhook("8000");
        tracker("Bench catch-all", catchAll, null);
        String[] clauses = {
                "exclude_high_sec = TRUE", "exclude_null_sec = TRUE, exclude_w_space = TRUE", "min_attackers = 3",
                "max_attackers = 2", "origin_solar_system_id = 30003067, max_jumps = 5",
                "origin_solar_system_id = 30003067, max_distance = 6", "min_value_millions = 1", "require_war = TRUE",
                "exclude_npc = TRUE, identify_fleets = TRUE", "require_npc = TRUE"};
        long[] hooks = new long[9];
        for (int w = 0; w < 9; w++) {
            hooks[w] = webhook(String.valueOf(8001 + w));
        }
        for (int i = 0; i < 49; i++) {
            long id = tracker("Bench tracker " + i, hooks[i % 9], clauses[i % clauses.length]);
            if (i % 7 == 3) {
                Db.update("INSERT INTO kt_tracker_entry (tracker_id, list, ref_id) VALUES (?, 'REQUIRE_ATTACKER_ALLIANCES', 3001)", id);
            }
            if (i % 7 == 5) {
                Db.update("INSERT INTO kt_tracker_entry (tracker_id, list, ref_id) VALUES (?, 'ATTACKER_SHIP_GROUPS', 419), "
                        + "(?, 'ATTACKER_SHIP_GROUPS', 1305)", id, id);
            }
        }
        StringBuilder report = new StringBuilder(String.format("%nLATENCY BENCHMARK: %d killmails per run published at %d/s; "
                + "50 trackers on 10 webhooks (+ the demo's 4 trackers)%n", KILLMAILS, PER_SECOND));
        int[] expected = {0};
        report.append(run("all names known to ESI", false, expected));
        report.append(run("half the named IDs unknown to ESI", true, expected));
        // Idle: nothing published; what the feed asks R2Z2 in a minute (zKillboard wants >= 6 s after a 404).
        JsonObject before = (JsonObject) Http.json(Http.get("/sim/r2z2/requests"));
        Thread.sleep(60_000);
        JsonObject after = (JsonObject) Http.json(Http.get("/sim/r2z2/requests"));
        report.append(String.format("  idle for 60 s: %d killmail-file requests and %d sequence.json requests to R2Z2 "
                        + "(%d refused for asking sooner than 6 s after a 404, over the whole benchmark)%n",
                delta(before, after, "requests"), delta(before, after, "sequence_requests"),
                after.getJsonNumber("too_soon").longValue()));
        System.out.println(report);
        Path out = Path.of("target/benchmarks/latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static long delta(JsonObject before, JsonObject after, String key) {
        return after.getJsonNumber(key).longValue() - before.getJsonNumber(key).longValue();
    }

    /** One run: publishes at the rate, waits until the catch-all posted all of them, summarises. */
    private static String run(String label, boolean halfUnknown, int[] expected) throws Exception {
        Map<String, Long> publishedAt = new HashMap<>();
        Map<Long, String> urls = new HashMap<>();
        long start = System.currentTimeMillis();
        for (int k = 0; k < KILLMAILS; k++) {
            long due = start + k * 1000L / PER_SECOND;
            long wait = due - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            long before = System.currentTimeMillis();
            long id = halfUnknown ? publishHalfUnknown(FIXTURES[k % FIXTURES.length]) : publish(FIXTURES[k % FIXTURES.length]);
            publishedAt.put("https://zkillboard.com/kill/" + id + "/", before);
            urls.put(id, "https://zkillboard.com/kill/" + id + "/");
        }
        long published = System.currentTimeMillis();
        expected[0] += KILLMAILS;
        awaitEmbeds("8000", expected[0], 600_000);
        long drained = System.currentTimeMillis();

        List<Long> catchAllLatencies = latencies("8000", publishedAt);
        // From the moment the feed read the killmail (the simulated R2Z2 served it) to its post at the sink.
        Map<String, Long> readAt = new HashMap<>();
        JsonObject served = (JsonObject) Http.json(Http.get("/sim/r2z2/served"));
        urls.forEach((id, url) -> {
            if (served.containsKey(String.valueOf(id))) {
                readAt.put(url, served.getJsonNumber(String.valueOf(id)).longValue());
            }
        });
        List<Long> readToSink = latencies("8000", readAt);
        // Where the time goes: from publishing to the match being committed (feed), the rest is delivery.
        List<Long> feedLatencies = new ArrayList<>();
        try (var c = Db.connect(); var ps = c.prepareStatement("SELECT m.killmail_id, m.matched_at FROM kt_match m "
                + "JOIN kt_tracker t USING (tracker_id) WHERE t.name = 'Bench catch-all'"); var rs = ps.executeQuery()) {
            while (rs.next()) {
                Long at = publishedAt.get("https://zkillboard.com/kill/" + rs.getLong(1) + "/");
                if (at != null) {
                    feedLatencies.add(rs.getTimestamp(2).getTime() - at);
                }
            }
        }
        List<Long> all = new ArrayList<>(catchAllLatencies);
        for (int w = 0; w < 9; w++) {
            all.addAll(latencies(String.valueOf(8001 + w), publishedAt));
        }
        return String.format("  run with %s (%.1f s of publishing):%n"
                        + "    catch-all tracker, read by Bastion to post at the sink (%d): %s%n"
                        + "    catch-all tracker, publish to post at the sink (%d): %s%n"
                        + "      of which publish to match committed: %s%n"
                        + "    every matched post, publish to sink (%d embeds): %s%n"
                        + "    last post arrived %.1f s after the last publish%n",
                label, (published - start) / 1000.0, readToSink.size(), summary(readToSink), catchAllLatencies.size(),
                summary(catchAllLatencies), summary(feedLatencies), all.size(), summary(all), (drained - published) / 1000.0);
    }

    private static final java.util.concurrent.atomic.AtomicLong STRANGERS = new java.util.concurrent.atomic.AtomicLong(
            97_000_000L + (System.currentTimeMillis() % 100_000) * 10);

    /**
     * A fixture killmail in which every second named ID (character, corporation, alliance of the victim
     * and of each attacker) is replaced by a fresh one ESI does not know.
     */
    private static long publishHalfUnknown(long fixture) throws Exception {
        long id = newKillmailId();
        JsonObject envelope = envelope(fixture, id, Instant.now());
        JsonObject esi = envelope.getJsonObject("esi");
        int[] n = {0};
        JsonObject victim = halfUnknown(esi.getJsonObject("victim"), n);
        jakarta.json.JsonArrayBuilder attackers = jakarta.json.Json.createArrayBuilder();
        for (JsonValue a : esi.getJsonArray("attackers")) {
            attackers.add(halfUnknown(a.asJsonObject(), n));
        }
        JsonObject changed = jakarta.json.Json.createObjectBuilder(esi).add("victim", victim).add("attackers", attackers).build();
        var r = Http.postJson("/sim/r2z2/killmails", jakarta.json.Json.createObjectBuilder(envelope).add("esi", changed).build().toString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(r.body());
        }
        return id;
    }

    private static JsonObject halfUnknown(JsonObject party, int[] n) {
        jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder(party);
        for (String key : new String[] {"character_id", "corporation_id", "alliance_id"}) {
            if (party.containsKey(key) && n[0]++ % 2 == 0) {
                b.add(key, STRANGERS.incrementAndGet());
            }
        }
        return b.build();
    }

    private static List<Long> latencies(String sink, Map<String, Long> publishedAt) throws Exception {
        List<Long> out = new ArrayList<>();
        for (JsonObject post : posts(sink)) {
            long received = Instant.parse(post.getString("received_at")).toEpochMilli();
            var embeds = post.getJsonObject("payload").getJsonArray("embeds");
            if (embeds == null) {
                continue;
            }
            for (JsonValue e : embeds) {
                Long at = publishedAt.get(e.asJsonObject().getString("url"));
                if (at != null) {
                    out.add(received - at);
                }
            }
        }
        return out;
    }

    private static String summary(List<Long> millis) {
        if (millis.isEmpty()) {
            return "no samples";
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("p50 %d ms, p90 %d ms, p99 %d ms, max %d ms", pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                sorted.get(sorted.size() - 1));
    }

    private static long pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
