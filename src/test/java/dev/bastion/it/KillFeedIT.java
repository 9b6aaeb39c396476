package dev.bastion.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.bastion.it.KillTrackerFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kill tracker end to end on the running server: killmails published on the simulator's R2Z2 are
 * read by the feed, matched by trackers and arrive at the simulator's Discord sink, including malformed
 * envelopes, missing sequences, old killmails, and the sink answering 429, 500 and 404.
 */
class KillFeedIT {

    /** A killmail may wait out the feed's 6 s after a 404 (zKillboard's rule) before it is read. */
    static final long TIMEOUT = 25_000;

    /** Each test's catch-all tracker would otherwise post every later test's killmails too. */
    @AfterEach
    void disableThisTestsTrackers() throws Exception {
        Db.update("UPDATE kt_tracker SET enabled = FALSE, updated_at = now() WHERE name LIKE 'IT %'");
    }

    @Test
    void f12_twoPublishedKillmailsBecomeExactlyTwoPostsWithTheSpecsLayout() throws Exception {
        long webhook = webhook("7101");
        tracker("IT catch-all 7101", webhook, null);
        long first = publish(10000001);
        long second = publish(10000002);
        List<JsonObject> embeds = awaitEmbeds("7101", 2, TIMEOUT);
        assertEquals(2, embeds.size(), "both killmails posted");
        Thread.sleep(1500);
        assertEquals(2, embeds("7101").size(), "and nothing more");
        List<JsonObject> posts = posts("7101");
        JsonObject payload = posts.get(0).getJsonObject("payload");
        assertTrue(payload.getString("content").contains("Tracker **IT catch-all 7101**:"));
        assertEquals("{\"parse\":[],\"roles\":[]}", payload.getJsonObject("allowed_mentions").toString());
        JsonObject e1 = embeds.get(0);
        assertEquals("https://zkillboard.com/kill/" + first + "/", e1.getString("url"));
        assertEquals("LexGlobal", e1.getJsonObject("author").getString("name"));
        assertTrue(e1.getString("description").startsWith("[Lex Luthor](https://zkillboard.com/character/1011/) "
                + "([LexCorp](https://zkillboard.com/corporation/2011/)) lost their **Merlin** in "), e1.getString("description"));
        assertTrue(e1.getString("description").contains("Final blow by [Bruce Wayne](https://zkillboard.com/character/1001/)"));
        assertTrue(e1.getString("description").contains("| Main group: [Wayne Enterprise](https://zkillboard.com/alliance/3001/) (3)"));
        assertEquals("Abune | Merlin | Killmail", e1.getString("title"));
        assertEquals("https://images.evetech.net/types/603/icon?size=128", e1.getJsonObject("thumbnail").getString("url"));
        assertTrue(e1.getString("description").contains("worth **10.00k** ISK. This is a war kill."), e1.getString("description"));
        assertTrue(e1.getString("description").contains("[Abune](https://evemaps.dotlan.net/system/Abune) (Essence)"));
        assertTrue(e1.getString("description").contains("Attackers: **3**"));
        assertEquals("zKillboard", e1.getJsonObject("footer").getString("text"));
        assertEquals("https://zkillboard.com/kill/" + second + "/", embeds.get(1).getString("url"));
        assertEquals("Charmerout | Merlin | Killmail", embeds.get(1).getString("title"));
        assertEquals(2, Db.count("SELECT count(*) FROM kt_match WHERE tracker_id = (SELECT tracker_id FROM kt_tracker "
                + "WHERE name = 'IT catch-all 7101')"));
    }

    @Test
    void f13_aTrackerExcludingNullSecAndWSpacePostsOnlyTheOthers() throws Exception {
        long webhook = webhook("7102");
        tracker("IT My Tracker 7102", webhook, "exclude_null_sec = TRUE, exclude_w_space = TRUE");
        long low = publish(10000001);
        long high = publish(10000002);
        publish(10000003); // null sec
        publish(10000004); // w-space
        List<JsonObject> embeds = awaitEmbeds("7102", 2, TIMEOUT);
        Thread.sleep(1500);
        embeds = embeds("7102");
        assertEquals(List.of("https://zkillboard.com/kill/" + low + "/", "https://zkillboard.com/kill/" + high + "/"),
                embeds.stream().map(e -> e.getString("url")).toList());
        assertTrue(posts("7102").get(0).getJsonObject("payload").getString("content").contains("IT My Tracker 7102"));
    }

    @Test
    void malformedEnvelopesAreSkippedAndTheFeedGoesOn() throws Exception {
        long webhook = webhook("7103");
        tracker("IT malformed 7103", webhook, null);
        long malformedBefore = Db.count("SELECT malformed FROM kt_feed");
        assertEquals(201, Http.postJson("/sim/r2z2/faults", "this is not JSON").statusCode());
        assertEquals(201, Http.postJson("/sim/r2z2/faults", "{\"killmail_id\": 5, \"zkb\": {}}").statusCode());
        long after = publish(10000002);
        List<JsonObject> embeds = awaitEmbeds("7103", 1, TIMEOUT);
        assertEquals("https://zkillboard.com/kill/" + after + "/", embeds.get(0).getString("url"));
        assertEquals(malformedBefore + 2, Db.count("SELECT malformed FROM kt_feed"));
    }

    @Test
    void aPermanentlyMissingSequenceIsSkippedAfterABoundedWait() throws Exception {
        long webhook = webhook("7104");
        tracker("IT hole 7104", webhook, null);
        long skippedBefore = Db.count("SELECT skipped FROM kt_feed");
        assertEquals(201, Http.postJson("/sim/r2z2/faults", "{\"hole\": true}").statusCode());
        long after = publish(10000002);
        List<JsonObject> embeds = awaitEmbeds("7104", 1, TIMEOUT);
        assertEquals("https://zkillboard.com/kill/" + after + "/", embeds.get(0).getString("url"));
        assertEquals(skippedBefore + 1, Db.count("SELECT skipped FROM kt_feed"));
    }

    @Test
    void a02_killmailsOlderThanTheMaxAgeAreNotPosted() throws Exception {
        long webhook = webhook("7105");
        tracker("IT max age 7105", webhook, null);
        publish(10000002, Instant.now().minusSeconds(3601));
        long fresh = publish(10000002);
        List<JsonObject> embeds = awaitEmbeds("7105", 1, TIMEOUT);
        Thread.sleep(1000);
        assertEquals(List.of("https://zkillboard.com/kill/" + fresh + "/"),
                embeds("7105").stream().map(e -> e.getString("url")).toList());
    }

    @Test
    void d03_discordRateLimitIsObeyedAndTheMessageArrivesOnce() throws Exception {
        long webhook = webhook("7106");
        tracker("IT 429 7106", webhook, null);
        assertEquals(204, Http.postJson("/sim/discord/faults",
                "{\"status\":429,\"count\":1,\"retry_after\":2.0,\"webhook_id\":\"7106\"}").statusCode());
        long published = System.currentTimeMillis();
        long id = publish(10000002);
        List<JsonObject> embeds = awaitEmbeds("7106", 1, TIMEOUT);
        assertEquals("https://zkillboard.com/kill/" + id + "/", embeds.get(0).getString("url"));
        assertTrue(System.currentTimeMillis() - published >= 2000, "waited the retry_after of 2 s");
        Thread.sleep(1000);
        assertEquals(1, embeds("7106").size(), "delivered exactly once");
        assertEquals(1, Db.count("SELECT attempts FROM notify_outbox WHERE webhook_id = ? AND status = 'SENT'", webhook),
                "a 429 is not a failed attempt");
    }

    @Test
    void discordServerErrorsAreRetriedWithBackoffUntilDelivered() throws Exception {
        long webhook = webhook("7107");
        tracker("IT 500 7107", webhook, null);
        Http.postJson("/sim/discord/faults", "{\"status\":500,\"count\":2,\"webhook_id\":\"7107\"}");
        long id = publish(10000002);
        List<JsonObject> embeds = awaitEmbeds("7107", 1, TIMEOUT);
        assertEquals("https://zkillboard.com/kill/" + id + "/", embeds.get(0).getString("url"));
        assertEquals(3, Db.count("SELECT attempts FROM notify_outbox WHERE webhook_id = ? AND status = 'SENT'", webhook));
        assertEquals(0, Db.count("SELECT failures FROM notify_webhook WHERE webhook_id = ?", webhook));
    }

    @Test
    void d02_aWebhookDiscordNoLongerKnowsIsDisabledAndItsMessagesKept() throws Exception {
        new WebSession().loginOk(SsoLoginIT.ARIA); // the superuser exists, so there is an admin to tell
        long webhook = webhook("7108");
        tracker("IT 404 7108", webhook, null);
        Http.postJson("/sim/discord/faults", "{\"status\":404,\"count\":1,\"webhook_id\":\"7108\"}");
        publish(10000002);
        await(TIMEOUT, () -> Db.count("SELECT count(*) FROM notify_webhook WHERE webhook_id = ? AND NOT enabled", webhook) > 0);
        assertEquals("Discord answered 404: the webhook was deleted or its token is wrong",
                Db.value("SELECT disabled_reason FROM notify_webhook WHERE webhook_id = ?", webhook));
        assertEquals(1, Db.count("SELECT count(*) FROM notify_outbox WHERE webhook_id = ? AND status = 'PENDING'", webhook));
        assertTrue(embeds("7108").isEmpty());
        String toldAdmins = "SELECT count(*) FROM user_notification n JOIN app_user u ON u.id = n.user_id WHERE u.superuser "
                + "AND n.level = 'WARNING' AND n.message LIKE '%''it-7108'' was disabled%'";
        await(5000, () -> Db.count(toldAdmins) > 0);
        assertEquals(1, Db.count(toldAdmins), "the admin is told in the portal");
        // An admin fixes it and enables it again: the kept message is delivered.
        Db.update("UPDATE notify_webhook SET enabled = TRUE, disabled_reason = NULL WHERE webhook_id = ?", webhook);
        assertEquals(1, awaitEmbeds("7108", 1, TIMEOUT).size());
    }

    @Test
    void aBurstForOneTrackerIsMergedIntoFewerPostsInOrder() throws Exception {
        long webhook = webhook("7109");
        tracker("IT burst 7109", webhook, null);
        // Hold delivery until the whole burst is queued (the feed may first wait 6 s after a 404), then let it go.
        Db.update("UPDATE notify_webhook SET blocked_until = now() + interval '1 hour' WHERE webhook_id = ?", webhook);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(publish(10000002));
        }
        await(TIMEOUT, () -> Db.count("SELECT count(*) FROM notify_outbox WHERE webhook_id = ?", webhook) >= 6);
        Db.update("UPDATE notify_webhook SET blocked_until = NULL WHERE webhook_id = ?", webhook);
        List<JsonObject> embeds = awaitEmbeds("7109", 6, TIMEOUT);
        assertEquals(ids.stream().map(id -> "https://zkillboard.com/kill/" + id + "/").toList(),
                embeds.stream().map(e -> e.getString("url")).toList(), "in the order zKillboard published them");
        assertTrue(posts("7109").size() < 6, "merged into fewer posts: " + posts("7109").size());
        assertFalse(posts("7109").isEmpty());
        assertNull(Db.value("SELECT last_error FROM notify_outbox WHERE webhook_id = ? AND status <> 'SENT' LIMIT 1", webhook));
    }
}
