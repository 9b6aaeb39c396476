package dev.bastion.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kill tracker test setup through the real paths: fixture killmails published on the simulator's R2Z2
 * (each under a fresh killmail ID so tests never see each other's kills), webhooks added on the admin
 * page, trackers written to the database (their clauses as SQL fragments: the form's path is the browser
 * test's and TrackerServiceArqIT's), and the Discord sink read back.
 */
final class KillTrackerFixtures {

    private static final AtomicLong NEXT_ID = new AtomicLong(500_000_000L + (System.currentTimeMillis() % 1_000_000) * 100);

    private KillTrackerFixtures() {
    }

    /** A fixture killmail (shared/fixtures/zkb) as an R2Z2 envelope, with a new ID and the given time. */
    static JsonObject envelope(long fixtureId, long newId, Instant time) throws Exception {
        try (InputStream in = KillTrackerFixtures.class.getResourceAsStream("/zkb/killmails.json")) {
            for (JsonValue v : Json.createReader(in).readArray()) {
                JsonObject raw = v.asJsonObject();
                if (raw.getJsonNumber("killmail_id").longValue() == fixtureId) {
                    String hash = md5(String.valueOf(newId));
                    JsonObject esi = Json.createObjectBuilder(raw.getJsonObject("esi")).add("killmail_id", newId)
                            .add("killmail_time", time.truncatedTo(ChronoUnit.SECONDS).toString()).build();
                    JsonObject zkb = Json.createObjectBuilder(raw.getJsonObject("zkb")).add("hash", hash)
                            .add("href", "https://esi.evetech.net/killmails/" + newId + "/" + hash + "/").build();
                    return Json.createObjectBuilder(raw).add("killmail_id", newId).add("hash", hash).add("esi", esi)
                            .add("zkb", zkb).build();
                }
            }
        }
        throw new IllegalArgumentException("no fixture " + fixtureId);
    }

    static long newKillmailId() {
        return NEXT_ID.incrementAndGet();
    }

    /** Publishes a fixture killmail happening now; answers its new ID. */
    static long publish(long fixtureId) throws Exception {
        return publish(fixtureId, Instant.now());
    }

    static long publish(long fixtureId, Instant time) throws Exception {
        long id = newKillmailId();
        var r = Http.postJson("/sim/r2z2/killmails", envelope(fixtureId, id, time).toString());
        assertEquals(201, r.statusCode(), r.body());
        return id;
    }

    /**
     * A webhook on the sink with its own ID, added on the Webhooks page as an admin would (WebhookService:
     * URL rules, audit); answers the webhook's row id.
     */
    static long webhook(String sinkId) throws Exception {
        String name = "it-" + sinkId;
        String url = Http.BASE + "/sim/discord/webhooks/" + sinkId + "/it-token-" + sinkId;
        // A fresh login each time: a session kept across tests would not survive KillTrackerRestartIT's restart.
        WebSession aria = new WebSession();
        aria.loginOk(SsoLoginIT.ARIA);
        String page = aria.follow(aria.submit("/killtracker/webhooks.xhtml", "webhook-form", "webhook-form:save",
                java.util.Map.of("webhook-form:name", name, "webhook-form:url", url, "webhook-form:enabled", "on"))).body();
        assertTrue(page.contains("Webhook " + name + " saved."), page);
        return ((Number) Db.value("SELECT webhook_id FROM notify_webhook WHERE name = ?", name)).longValue();
    }

    /** A tracker with the given extra columns already set by SQL fragments; answers its id. */
    static long tracker(String name, long webhookId, String settings) throws Exception {
        long id = ((Number) Db.value("INSERT INTO kt_tracker (name, webhook_id) VALUES (?, ?) RETURNING tracker_id",
                name, webhookId)).longValue();
        if (settings != null && !settings.isBlank()) {
            Db.update("UPDATE kt_tracker SET " + settings + ", updated_at = now() WHERE tracker_id = ?", id);
        }
        return id;
    }

    /** What the sink received for one webhook, oldest first. */
    static List<JsonObject> posts(String sinkId) throws Exception {
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : (JsonArray) Http.json(Http.get("/sim/discord/messages?webhook_id=" + sinkId))) {
            out.add(v.asJsonObject());
        }
        return out;
    }

    /** Embeds across all posts of a webhook (posts may carry several). */
    static List<JsonObject> embeds(String sinkId) throws Exception {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject post : posts(sinkId)) {
            JsonArray embeds = post.getJsonObject("payload").getJsonArray("embeds");
            if (embeds != null) {
                embeds.forEach(e -> out.add(e.asJsonObject()));
            }
        }
        return out;
    }

    /** Something a test waits for. */
    @FunctionalInterface
    interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls every 100 ms until the condition holds or the timeout passes; the caller asserts afterwards. */
    static void await(long timeoutMillis, Condition condition) throws Exception {
        long until = System.currentTimeMillis() + timeoutMillis;
        while (!condition.holds() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
    }

    /** Waits until the webhook has at least n embeds (or the timeout passes); answers them. */
    static List<JsonObject> awaitEmbeds(String sinkId, int n, long timeoutMillis) throws Exception {
        await(timeoutMillis, () -> embeds(sinkId).size() >= n);
        return embeds(sinkId);
    }

    static String md5(String s) throws Exception {
        byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        return String.format("%032x", new BigInteger(1, d));
    }

    /** When the simulated R2Z2 first served the killmail: the moment the feed read it. */
    static long servedAt(long killmailId) throws Exception {
        JsonObject served = (JsonObject) Http.json(Http.get("/sim/r2z2/served"));
        return served.getJsonNumber(String.valueOf(killmailId)).longValue();
    }

    /** When the sink received the post carrying the killmail. */
    static long receivedAt(String sink, long killmailId) throws Exception {
        for (JsonObject post : posts(sink)) {
            for (var e : post.getJsonObject("payload").getJsonArray("embeds")) {
                if (e.asJsonObject().getString("url").equals("https://zkillboard.com/kill/" + killmailId + "/")) {
                    return Instant.parse(post.getString("received_at")).toEpochMilli();
                }
            }
        }
        throw new AssertionError("killmail " + killmailId + " never reached " + sink);
    }
}
