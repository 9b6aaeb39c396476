package dev.bastion.killtracker.infra;

import dev.bastion.killtracker.model.Fixtures;
import dev.bastion.killtracker.model.IskValue;
import dev.bastion.killtracker.model.Killmail;
import dev.bastion.killtracker.model.MatchResult;
import dev.bastion.killtracker.model.PingType;
import dev.bastion.killtracker.model.RefList;
import dev.bastion.killtracker.model.Synthetic;
import dev.bastion.killtracker.model.Tracker;
import dev.bastion.killtracker.model.TrackerMatcher;
import dev.bastion.killtracker.model.TrackerRules;

import dev.bastion.killtracker.model.SharedPost;

import dev.bastion.notify.infra.DiscordLimits;
import dev.bastion.notify.infra.DiscordSender;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.bastion.killtracker.model.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spec 5.4, cases M1–M12: the Discord message of a match, checked field by field. */
class KillmailMessageTest {

    final Fixtures.World world = new Fixtures.World();
    final TrackerMatcher matcher = new TrackerMatcher(world, Duration.ofMinutes(60));
    final KillmailMessage branded = new KillmailMessage(world, new Fixtures.Names(),
            new KillmailMessage.Images("https://images.evetech.net/", "https://bastion.example/resources/images/zkillboard.png"));
    /** Without a public address Discord could reach: no footer icon. */
    final KillmailMessage plain = new KillmailMessage(world, new Fixtures.Names(),
            new KillmailMessage.Images("https://images.evetech.net", null));
    /** How the outbox sends every post (notify.app.Outbox applies it on enqueue). */
    static final DiscordSender BASTION = DiscordSender.branded("https://bastion.example/resources/images/bastion-logo.png");

    static TrackerRules myTracker() {
        return new TrackerRules().name("My Tracker").origin(HUOLA).list(RefList.ATTACKER_SHIP_TYPES, SVIPUL, GNOSIS);
    }

    JsonObject message(KillmailMessage m, TrackerRules t, long killmailId) {
        world.route(HUOLA, HARAS, 7);
        MatchResult r = matcher.match(t, killmail(killmailId), NOW);
        assertTrue(r.matched(), "fixture should match: " + r.firstFailure());
        JsonObject p = m.render(killmail(killmailId), t, r.info());
        assertEquals(List.of(), DiscordLimits.violations(p), "Discord would accept it");
        return p;
    }

    static String unmarkdown(String s) {
        return s.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("**", "");
    }

    @Test
    void m01_theMessageLayout() {
        JsonObject p = BASTION.applyTo(message(branded, myTracker(), 10000101));
        assertEquals(List.of(), DiscordLimits.violations(p));
        assertEquals("Killtracker", p.getString("username"));
        assertEquals("https://bastion.example/resources/images/bastion-logo.png", p.getString("avatar_url"));
        assertTrue(p.getString("content").contains("My Tracker"));
        JsonObject e = p.getJsonArray("embeds").getJsonObject(0);
        assertEquals(1, p.getJsonArray("embeds").size());
        assertEquals("Haras | Svipul | Killmail", e.getString("title"));
        assertEquals("https://images.evetech.net/types/34562/icon?size=128", e.getJsonObject("thumbnail").getString("url"));
        assertEquals("https://zkillboard.com/kill/10000101/", e.getString("url"));
        assertEquals("LexGlobal", e.getJsonObject("author").getString("name"));
        assertEquals("zKillboard", e.getJsonObject("footer").getString("text"));
        assertEquals(NOW.toString(), e.getString("timestamp"));
        List<String> lines = unmarkdown(e.getString("description")).lines().toList();
        assertEquals("Lex Luthor (LexCorp) lost their Svipul in Haras (The Bleak Lands) worth 10.00k ISK.", lines.get(0));
        assertEquals("Final blow by Bruce Wayne (Wayne Technologies) in a Svipul.", lines.get(1));
        assertEquals("Attackers: 3 | Main group: Wayne Enterprise (3)", lines.get(2));
        assertEquals("Main ship class: Combat Battlecruiser", lines.get(3));
        assertEquals("Tracked ship types involved: Gnosis, Svipul", lines.get(4));
        assertEquals("Distance from Huola: 5.8 LY | 7 jumps", lines.get(5));
        assertTrue(e.getString("description").contains("[Haras](https://evemaps.dotlan.net/system/Haras)"));
    }

    @Test
    void m02_withoutBrandingDiscordUsesTheWebhooksOwnNameAndAvatar() {
        JsonObject p = DiscordSender.unbranded().applyTo(message(plain, myTracker(), 10000101));
        assertFalse(p.containsKey("username"));
        assertFalse(p.containsKey("avatar_url"));
        assertTrue(p.getString("content").contains("My Tracker"));
    }

    @Test
    void m03_fleetkillTitleWhenIdentifyingFleets() {
        JsonObject e = message(branded, myTracker().identifyFleets(true), 10000101).getJsonArray("embeds").getJsonObject(0);
        assertEquals("Haras | Wayne Enterprise | Fleetkill", e.getString("title"));
        assertEquals("https://images.evetech.net/alliances/3001/logo?size=128", e.getJsonObject("thumbnail").getString("url"));
    }

    @Test
    void m04_introTextComesFirst() {
        MatchResult r = matcher.match(myTracker(), killmail(10000101), NOW);
        JsonObject p = branded.render(killmail(10000101), myTracker(), r.info(), "Intro Text");
        assertEquals("Intro Text", p.getString("content").lines().findFirst().orElseThrow());
    }

    @Test
    void m05_aKillmailWithoutTrackerInfoStillRenders() {
        JsonObject p = branded.render(killmail(10000001), new TrackerRules().name("Raw"), null);
        assertEquals(List.of(), DiscordLimits.violations(p));
        assertTrue(p.getJsonArray("embeds").getJsonObject(0).getString("description").contains("This is a war kill."));
    }

    @Test
    void m06_m07_m08_channelPings() {
        JsonObject everyone = message(branded, myTracker().pingType(PingType.EVERYONE), 10000101);
        assertTrue(everyone.getString("content").startsWith("@everyone "));
        assertEquals("[\"everyone\"]", everyone.getJsonObject("allowed_mentions").getJsonArray("parse").toString());
        JsonObject here = message(branded, myTracker().pingType(PingType.HERE), 10000101);
        assertTrue(here.getString("content").startsWith("@here "));
        assertEquals("[\"everyone\"]", here.getJsonObject("allowed_mentions").getJsonArray("parse").toString());
        JsonObject none = message(branded, myTracker(), 10000101);
        assertFalse(none.getString("content").contains("@"));
        assertEquals("[]", none.getJsonObject("allowed_mentions").getJsonArray("parse").toString(),
                "nothing pings unless the tracker asks");
    }

    @Test
    void m09_postingNameOff() {
        JsonObject p = message(branded, myTracker().postingName(false), 10000101);
        assertFalse(p.containsKey("content"), "no pings and no name: no content at all");
    }

    @Test
    void m10_unusualKillmailsStillRender() {
        for (long id : new long[] {10000301, 10000501, 10000502, 10000503, 10000402}) {
            JsonObject p = branded.render(killmail(id), new TrackerRules().name("T"), null);
            assertEquals(List.of(), DiscordLimits.violations(p), "killmail " + id);
        }
        Killmail noValue = Synthetic.killmail().value(null).attackers(1).build();
        assertTrue(branded.render(noValue, new TrackerRules().name("T"), null).getJsonArray("embeds").getJsonObject(0)
                .getString("description").contains("worth **?** ISK"));
        Killmail noOrganisation = Synthetic.killmail().victim(Synthetic.victim(null, null, null, null, 603)).build();
        JsonObject p = branded.render(noOrganisation, new TrackerRules().name("T"), null);
        assertFalse(p.getJsonArray("embeds").getJsonObject(0).containsKey("author"));
        assertFalse(p.getJsonArray("embeds").getJsonObject(0).getString("description").contains("Final blow"),
                "no final blow attacker: the line is left out");
    }

    @Test
    void m11_roleMentionsWithExplicitAllowedMentions() {
        JsonObject p = message(branded, myTracker().list(RefList.PING_ROLES, 111L, 222L).pingType(PingType.HERE), 10000101);
        assertTrue(p.getString("content").startsWith("@here <@&111> <@&222> Tracker **My Tracker**:"));
        assertEquals("[\"111\",\"222\"]", p.getJsonObject("allowed_mentions").getJsonArray("roles").toString());
    }

    @Test
    void valuesAreShownLikeZkillboardAndZeroIsNotUnknown() {
        assertEquals("0.00", IskValue.orUnknown(0d));
        assertEquals("10.00k", IskValue.humanize(10_000));
        assertEquals("1.00b", IskValue.humanize(1e9));
        assertEquals("86.18m", IskValue.humanize(86_180_108.73));
        assertEquals("2.50t", IskValue.humanize(2.5e12));
        assertEquals("999.00", IskValue.humanize(999));
    }

    @Test
    void colourIsTheTrackersHexAsAnIntegerAndBastionsGoldWhenUnset() {
        JsonObject e = message(branded, myTracker().color("#FF0000"), 10000101).getJsonArray("embeds").getJsonObject(0);
        assertEquals(16711680, e.getInt("color"));
        JsonObject none = message(branded, myTracker(), 10000101).getJsonArray("embeds").getJsonObject(0);
        assertEquals(0xE6B43C, none.getInt("color"), "an unset colour is the gold of Bastion's avatar");
    }

    @Test
    void imagesComeFromTheConfiguredImageServerAndTheFooterIconOnlyFromAPublicAddress() {
        KillmailMessage mirror = new KillmailMessage(world, new Fixtures.Names(),
                new KillmailMessage.Images("https://images.mirror.example", null));
        JsonObject e = message(mirror, myTracker(), 10000101).getJsonArray("embeds").getJsonObject(0);
        assertEquals("https://images.mirror.example/types/34562/icon?size=128", e.getJsonObject("thumbnail").getString("url"));
        assertEquals("https://images.mirror.example/alliances/3011/logo?size=128", e.getJsonObject("author").getString("icon_url"));
        assertFalse(e.getJsonObject("footer").containsKey("icon_url"), "no public address: no icon Discord could not load");
        assertEquals("zKillboard", e.getJsonObject("footer").getString("text"));
        JsonObject branded = message(this.branded, myTracker(), 10000101).getJsonArray("embeds").getJsonObject(0);
        assertEquals("https://bastion.example/resources/images/zkillboard.png", branded.getJsonObject("footer").getString("icon_url"));
    }

    // --- one post for every tracker of a webhook that matched the killmail (SharedPost) ------------------

    SharedPost.Match match(long id, TrackerRules t, long killmailId) {
        world.route(HUOLA, HARAS, 7);
        MatchResult r = matcher.match(t, killmail(killmailId), NOW);
        assertTrue(r.matched(), "fixture should match: " + r.firstFailure());
        return new SharedPost.Match(id, 1, t, r.info());
    }

    JsonObject shared(long killmailId, SharedPost.Match... matches) {
        List<SharedPost> posts = SharedPost.byWebhook(List.of(matches));
        assertEquals(1, posts.size());
        JsonObject p = branded.render(killmail(killmailId), posts.get(0), null);
        assertEquals(List.of(), DiscordLimits.violations(p), "Discord would accept it");
        return p;
    }

    @Test
    void twoTrackersOfOneWebhookShareOneEmbedAndOneHeadingNamingBoth() {
        JsonObject p = shared(10000101, match(2, new TrackerRules().name("Alliance kills"), 10000101),
                match(1, new TrackerRules().name("All kills"), 10000101));
        assertEquals(1, p.getJsonArray("embeds").size(), "one embed for the killmail, not one per tracker");
        assertEquals("Trackers **All kills**, **Alliance kills**:", p.getString("content"), "in name order, once");
    }

    @Test
    void aSharedPostPingsTheUnionOfItsTrackersPingsOnceEach() {
        JsonObject p = shared(10000101,
                match(1, new TrackerRules().name("A").pingType(PingType.HERE).list(RefList.PING_ROLES, 222L, 111L), 10000101),
                match(2, new TrackerRules().name("B").pingType(PingType.EVERYONE).list(RefList.PING_ROLES, 111L, 333L), 10000101),
                match(3, new TrackerRules().name("C").postingName(false), 10000101));
        assertEquals("@everyone <@&111> <@&222> <@&333> Trackers **A**, **B**:", p.getString("content"),
                "the strongest channel ping, every role once, only the trackers that post their name");
        JsonObject mentions = p.getJsonObject("allowed_mentions");
        assertEquals("[\"everyone\"]", mentions.getJsonArray("parse").toString());
        assertEquals("[\"111\",\"222\",\"333\"]", mentions.getJsonArray("roles").toString());
    }

    @Test
    void aSharedPostShowsEachTrackersDistanceAndTrackedTypesAndTheFirstColourThatIsSet() {
        JsonObject p = shared(10000101,
                match(1, new TrackerRules().name("A near Huola").origin(HUOLA).list(RefList.ATTACKER_SHIP_TYPES, SVIPUL), 10000101),
                match(2, new TrackerRules().name("B gnosis").color("#00FF00").list(RefList.ATTACKER_SHIP_TYPES, GNOSIS), 10000101),
                match(3, new TrackerRules().name("C also near Huola").color("#FF0000").origin(HUOLA), 10000101));
        JsonObject e = p.getJsonArray("embeds").getJsonObject(0);
        List<String> lines = unmarkdown(e.getString("description")).lines().toList();
        assertTrue(lines.contains("Tracked ship types involved: Gnosis, Svipul"), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("Distance from Huola")).count(), "a shared line once: " + lines);
        assertEquals(0x00FF00, e.getInt("color"), "A has no colour: B, the next in name order, decides");
    }

    @Test
    void aSharedPostIsAFleetkillWhenAnyOfItsTrackersIdentifiesFleets() {
        JsonObject p = shared(10000101, match(1, new TrackerRules().name("A"), 10000101),
                match(2, new TrackerRules().name("B").identifyFleets(true), 10000101));
        assertEquals("Haras | Wayne Enterprise | Fleetkill", p.getJsonArray("embeds").getJsonObject(0).getString("title"));
    }
}
