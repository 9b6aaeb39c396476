package dev.bastion.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static dev.bastion.it.KillTrackerFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, Discord: posts as a Discord user sees them on the simulated sink. One message per killmail
 * and webhook naming every tracker that matched it; Bastion's name and avatar on every post, the webhook
 * test message too; images only where Discord can load them (EVE's image server, Bastion's public
 * address, which the it profile sets to {@code bastion.it.public-url}).
 */
class DiscordPostsIT {

    /** A killmail may wait out the feed's 6 s after a 404 (zKillboard's rule) before it is read. */
    static final long TIMEOUT = 25_000;
    static final String PUBLIC_URL = System.getProperty("bastion.it.public-url", "http://bastion-it.example.org");

    @AfterEach
    void disableThisTestsTrackers() throws Exception {
        Db.update("UPDATE kt_tracker SET enabled = FALSE, updated_at = now() WHERE name LIKE 'IT %'");
    }

    @Test
    void oneDiscordMessagePerKillPerWebhookNamesAllMatchingTrackers() throws Exception {
        long feed = webhook("7601");
        long intel = webhook("7602");
        long all = tracker("IT All kills 7601", feed, null);
        long alliance = tracker("IT Alliance kills 7601", feed, "color = '#FF0000', ping_type = 'HERE'");
        Db.update("INSERT INTO kt_tracker_entry (tracker_id, list, ref_id) VALUES (?, 'REQUIRE_ATTACKER_ALLIANCES', 3001), "
                + "(?, 'PING_ROLES', 4242)", alliance, alliance);
        long capitals = tracker("IT Capitals 7601", feed, "min_attackers = 500"); // does not match
        long other = tracker("IT Intel 7602", intel, null);
        long id = publish(10000001);
        String url = "https://zkillboard.com/kill/" + id + "/";
        await(TIMEOUT, () -> embeds("7601").stream().anyMatch(e -> url.equals(e.getString("url", "")))
                && embeds("7602").stream().anyMatch(e -> url.equals(e.getString("url", ""))));

        // Every tracker records its own match, and those of one webhook point at one message.
        // (The demo's own trackers, on their own webhooks, may match it too.)
        assertEquals(3, Db.count("SELECT count(*) FROM kt_match WHERE killmail_id = ? AND tracker_id IN (?, ?, ?, ?)",
                id, all, alliance, capitals, other), "All kills, Alliance kills and Intel matched; Capitals did not");
        assertEquals(0, Db.count("SELECT count(*) FROM kt_match WHERE killmail_id = ? AND tracker_id = ?", id, capitals));
        Object shared = Db.value("SELECT message_id FROM kt_match WHERE killmail_id = ? AND tracker_id = ?", id, all);
        assertEquals(shared, Db.value("SELECT message_id FROM kt_match WHERE killmail_id = ? AND tracker_id = ?", id, alliance));
        assertEquals(1, Db.count("SELECT count(*) FROM notify_outbox WHERE webhook_id = ? AND source LIKE ?", feed,
                "%killmail " + id), "one message for the killmail on the webhook both trackers post to");
        assertEquals(feed, ((Number) Db.value("SELECT webhook_id FROM notify_outbox WHERE message_id = ?", shared)).longValue());

        // In Discord: one embed, one heading naming both trackers in name order, their pings once each.
        List<JsonObject> embeds = embeds("7601").stream().filter(e -> url.equals(e.getString("url", ""))).toList();
        assertEquals(1, embeds.size(), "one embed for the killmail, not one per tracker");
        JsonObject payload = postOf("7601", url);
        assertEquals("@here <@&4242> Trackers **IT All kills 7601**, **IT Alliance kills 7601**:", payload.getString("content"));
        assertEquals("{\"parse\":[\"everyone\"],\"roles\":[\"4242\"]}", payload.getJsonObject("allowed_mentions").toString());
        assertEquals(0xFF0000, embeds.get(0).getInt("color"), "All kills has no colour: Alliance kills', the next, is used");
        assertEquals("Killtracker", payload.getString("username"));

        // The other webhook has its own message, for its own tracker, in the default colour.
        JsonObject intelPost = postOf("7602", url);
        assertEquals("Tracker **IT Intel 7602**:", intelPost.getString("content"));
        assertEquals(1, intelPost.getJsonArray("embeds").size());
        assertEquals(0xE6B43C, intelPost.getJsonArray("embeds").getJsonObject(0).getInt("color"), "no colour set: Bastion's gold");
        assertEquals(other, ((Number) Db.value("SELECT tracker_id FROM kt_match WHERE killmail_id = ? AND message_id = "
                + "(SELECT message_id FROM notify_outbox WHERE webhook_id = ? AND source LIKE ?)", id, intel, "%killmail " + id))
                .longValue());
    }

    @Test
    void theWebhookTestMessageCarriesBastionsNameAndAvatar() throws Exception {
        long webhook = webhook("7603");
        WebSession aria = new WebSession();
        aria.loginOk(SsoLoginIT.ARIA);
        // The Test button is an ajax action; posted as a plain form it answers the page itself, with the message.
        var answer = aria.submit("/killtracker/webhooks.xhtml", "webhooks", "webhooks:webhook-table:0:test",
                Map.of("webhook", String.valueOf(webhook)));
        String page = answer.statusCode() == 302 ? aria.follow(answer).body() : answer.body();
        assertTrue(page.contains("Initiated sending of 1 test message"), page);
        await(15_000, () -> !posts("7603").isEmpty());
        JsonObject payload = posts("7603").get(0).getJsonObject("payload");
        assertEquals("Test message from Killtracker.", payload.getString("content"));
        assertEquals("Killtracker", payload.getString("username"));
        assertEquals(PUBLIC_URL + "/resources/images/bastion-logo.png", payload.getString("avatar_url"));
        assertServedAsPng(payload.getString("avatar_url"));
    }

    @Test
    void aKillPostsImagesAreOnEvesImageServerOrBastionsPublicAddress() throws Exception {
        long webhook = webhook("7604");
        tracker("IT images 7604", webhook, "identify_fleets = TRUE");
        long id = publish(10000001);
        String url = "https://zkillboard.com/kill/" + id + "/";
        await(TIMEOUT, () -> embeds("7604").stream().anyMatch(e -> url.equals(e.getString("url", ""))));
        JsonObject payload = postOf("7604", url);
        assertEquals(PUBLIC_URL + "/resources/images/bastion-logo.png", payload.getString("avatar_url"));
        JsonObject e = payload.getJsonArray("embeds").getJsonObject(0);
        // Fleet mode: the main group's logo as thumbnail; the victim's alliance logo beside its name.
        assertEquals("https://images.evetech.net/alliances/3001/logo?size=128", e.getJsonObject("thumbnail").getString("url"));
        assertEquals("https://images.evetech.net/alliances/3011/logo?size=128", e.getJsonObject("author").getString("icon_url"));
        String footerIcon = e.getJsonObject("footer").getString("icon_url");
        assertEquals(PUBLIC_URL + "/resources/images/zkillboard.png", footerIcon);
        assertServedAsPng(footerIcon);
    }

    /** The post that carried the killmail's embed. */
    private static JsonObject postOf(String sink, String killmailUrl) throws Exception {
        return posts(sink).stream().map(p -> p.getJsonObject("payload"))
                .filter(p -> p.getJsonArray("embeds").stream().anyMatch(e -> killmailUrl.equals(e.asJsonObject().getString("url", ""))))
                .findFirst().orElseThrow();
    }

    /** Bastion serves the image under the public address's path (read here from this server, as Discord would there). */
    private static void assertServedAsPng(String publicImageUrl) throws Exception {
        assertTrue(publicImageUrl.startsWith(PUBLIC_URL + "/"), publicImageUrl);
        HttpResponse<String> image = Http.get(URI.create(publicImageUrl).getPath());
        assertEquals(200, image.statusCode(), publicImageUrl);
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""), publicImageUrl);
    }
}
