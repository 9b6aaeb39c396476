package dev.bastion.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.util.List;

import static dev.bastion.it.KillTrackerFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The feed when zKillboard misbehaves (spec F5–F7) and when another server holds the feed lease: the
 * reader waits as told, retries the same sequence, and never loses or skips a killmail.
 */
class KillFeedFaultsIT {

    static final long TIMEOUT = 20_000;

    @AfterEach
    void disableThisTestsTrackers() throws Exception {
        Db.update("UPDATE kt_tracker SET enabled = FALSE, updated_at = now() WHERE name LIKE 'IT %'");
        Db.update("UPDATE kt_feed SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = 'another-server'");
    }

    static long requests() throws Exception {
        return ((JsonObject) Http.json(Http.get("/sim/r2z2/requests"))).getJsonNumber("requests").longValue();
    }

    @Test
    void f06_f07_aRateLimitedFeedWaitsRetryAfterWithoutAskingAgain() throws Exception {
        long webhook = webhook("7401");
        tracker("IT zkb 429 7401", webhook, null);
        assertEquals(204, Http.postJson("/sim/r2z2/faults/http", "{\"status\":429,\"count\":1,\"retry_after\":3}").statusCode());
        long start = System.currentTimeMillis();
        long id = publish(10000002);
        // The feed may be in its 6 s wait after a 404 when the test publishes.
        await(10_000, () -> Db.value("SELECT retry_at FROM kt_feed") != null);
        Timestamp retryAt = (Timestamp) Db.value("SELECT retry_at FROM kt_feed");
        assertNotNull(retryAt, "the retry time is stored, so a restart obeys it too");
        long during = requests();
        Thread.sleep(1000);
        assertEquals(during, requests(), "no request while the retry time is in the future");
        List<JsonObject> embeds = awaitEmbeds("7401", 1, TIMEOUT);
        assertEquals("https://zkillboard.com/kill/" + id + "/", embeds.get(0).getString("url"));
        assertTrue(System.currentTimeMillis() - start >= 3000, "waited Retry-After");
    }

    @Test
    void f05_serverErrorsAreRetriedOnTheSameSequence() throws Exception {
        long webhook = webhook("7402");
        tracker("IT zkb 500 7402", webhook, null);
        long skipped = Db.count("SELECT skipped + malformed FROM kt_feed");
        assertEquals(204, Http.postJson("/sim/r2z2/faults/http", "{\"status\":500,\"count\":2}").statusCode());
        long id = publish(10000002);
        List<JsonObject> embeds = awaitEmbeds("7402", 1, TIMEOUT);
        assertEquals("https://zkillboard.com/kill/" + id + "/", embeds.get(0).getString("url"));
        assertEquals(skipped, Db.count("SELECT skipped + malformed FROM kt_feed"), "nothing skipped");
    }

    @Test
    void onlyTheLeaseHolderReadsTheFeed() throws Exception {
        long webhook = webhook("7403");
        tracker("IT lease 7403", webhook, null);
        // Another server takes the lease (as if this one had stalled).
        Db.update("UPDATE kt_feed SET lease_owner = 'another-server', lease_until = now() + interval '1 hour'");
        Thread.sleep(500);
        long position = Db.count("SELECT next_sequence FROM kt_feed");
        long id = publish(10000002);
        Thread.sleep(6000);
        assertTrue(embeds("7403").isEmpty(), "this server does not read while another holds the lease");
        assertEquals(position, Db.count("SELECT next_sequence FROM kt_feed"));
        // The other server dies: its lease runs out and this one takes over where it stood.
        Db.update("UPDATE kt_feed SET lease_until = now() - interval '1 second' WHERE lease_owner = 'another-server'");
        List<JsonObject> embeds = awaitEmbeds("7403", 1, TIMEOUT);
        assertEquals("https://zkillboard.com/kill/" + id + "/", embeds.get(0).getString("url"));
        assertTrue(((String) Db.value("SELECT lease_owner FROM kt_feed")).startsWith("bastion-"));
    }

    @Test
    void anEsiOutageCostsNamesNotKillmails() throws Exception {
        long webhook = webhook("7404");
        tracker("IT esi down 7404", webhook, null);
        // ESI's names route hangs 5 s and then fails, for a while.
        assertEquals(204, Http.postJson("/sim/esi/faults",
                "{\"path\":\"/universe/names\",\"status\":503,\"count\":20,\"delay_ms\":5000}").statusCode());
        try {
            long id = newKillmailId();
            long stranger = 97_000_000L + id % 1_000_000;
            JsonObject envelope = envelope(10000005, id, java.time.Instant.now());
            // A victim nobody has named yet.
            JsonObject esi = jakarta.json.Json.createObjectBuilder(envelope.getJsonObject("esi")).add("victim",
                    jakarta.json.Json.createObjectBuilder(envelope.getJsonObject("esi").getJsonObject("victim"))
                            .add("character_id", stranger)).build();
            assertEquals(201, Http.postJson("/sim/r2z2/killmails", jakarta.json.Json.createObjectBuilder(envelope)
                    .add("esi", esi).build().toString()).statusCode());
            List<JsonObject> embeds = awaitEmbeds("7404", 1, TIMEOUT);
            assertEquals("https://zkillboard.com/kill/" + id + "/", embeds.get(0).getString("url"));
            long readToPost = receivedAt("7404", id) - servedAt(id);
            assertTrue(readToPost < 2000, "posted " + readToPost + " ms after the feed read it, without waiting for ESI");
            assertTrue(embeds.get(0).getString("description").startsWith("[#" + stranger + "](https://zkillboard.com/character/"
                    + stranger + "/)"), "the unknown name shows as its ID, still linked: " + embeds.get(0).getString("description"));
        } finally {
            Http.delete("/sim/esi/requests");
        }
    }
}
