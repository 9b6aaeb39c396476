package dev.bastion.killtracker.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One post per killmail and webhook, shared by its trackers that matched: who is in it, and how their settings combine. */
class SharedPostTest {

    static final TrackerInfo INFO = new TrackerInfo(null, null, List.of(), null, null);

    static SharedPost.Match match(long trackerId, long webhookId, TrackerRules rules) {
        return new SharedPost.Match(trackerId, webhookId, rules, INFO);
    }

    @Test
    void matchesOfOneWebhookShareOnePostAndEachWebhookHasItsOwn() {
        List<SharedPost> posts = SharedPost.byWebhook(List.of(
                match(1, 10, new TrackerRules().name("All kills")),
                match(2, 20, new TrackerRules().name("Capitals")),
                match(3, 10, new TrackerRules().name("Alliance kills"))));
        assertEquals(2, posts.size());
        assertEquals(10, posts.get(0).webhookId());
        assertEquals(List.of(1L, 3L), posts.get(0).trackerIds(), "every tracker keeps its match, in the one post");
        assertEquals(20, posts.get(1).webhookId());
        assertEquals(List.of(2L), posts.get(1).trackerIds());
        assertTrue(SharedPost.byWebhook(List.of()).isEmpty(), "no match, no post");
    }

    @Test
    void trackersAreInNameOrderIgnoringCaseThenById() {
        SharedPost post = SharedPost.byWebhook(List.of(
                match(7, 1, new TrackerRules().name("beta")),
                match(9, 1, new TrackerRules().name("Alpha")),
                match(5, 1, new TrackerRules().name("alpha")))).get(0);
        assertEquals(List.of(5L, 9L, 7L), post.trackerIds());
        assertEquals(List.of("alpha", "Alpha", "beta"), post.trackerNames());
    }

    @Test
    void theFirstColourThatIsSetDecidesAndNoneMeansBastionsGold() {
        SharedPost coloured = SharedPost.byWebhook(List.of(
                match(1, 1, new TrackerRules().name("A")),
                match(2, 1, new TrackerRules().name("C").color("#FF0000")),
                match(3, 1, new TrackerRules().name("B").color("#00FF00")))).get(0);
        assertEquals("#00FF00", coloured.color(), "A has none; B comes before C");
        SharedPost plain = SharedPost.of(match(1, 1, new TrackerRules().name("A")));
        assertEquals(SharedPost.DEFAULT_COLOR, plain.color());
        assertEquals("#E6B43C", SharedPost.DEFAULT_COLOR);
        TrackerRules black = new TrackerRules().name("Black");
        black.setColor("#000000"); // stored as "no colour" (spec S27)
        assertEquals(SharedPost.DEFAULT_COLOR, SharedPost.of(match(1, 1, black)).color());
    }

    @Test
    void theStrongestChannelPingAndEveryRoleOnce() {
        SharedPost post = SharedPost.byWebhook(List.of(
                match(1, 1, new TrackerRules().name("A").pingType(PingType.HERE).list(RefList.PING_ROLES, 30L, 10L)),
                match(2, 1, new TrackerRules().name("B").list(RefList.PING_ROLES, 10L, 20L)))).get(0);
        assertEquals(PingType.HERE, post.pingType());
        assertEquals(List.of(10L, 20L, 30L), post.pingRoles());
        SharedPost loud = SharedPost.byWebhook(List.of(match(1, 1, new TrackerRules().name("A").pingType(PingType.EVERYONE)),
                match(2, 1, new TrackerRules().name("B").pingType(PingType.HERE)))).get(0);
        assertEquals(PingType.EVERYONE, loud.pingType(), "@everyone includes @here");
        assertEquals(PingType.NONE, SharedPost.of(match(1, 1, new TrackerRules().name("Quiet"))).pingType());
    }

    @Test
    void onlyTrackersThatPostTheirNameAreNamed() {
        SharedPost post = SharedPost.byWebhook(List.of(match(1, 1, new TrackerRules().name("Shown")),
                match(2, 1, new TrackerRules().name("Hidden").postingName(false)))).get(0);
        assertEquals(List.of("Shown"), post.postedNames());
        assertEquals(List.of("Hidden", "Shown"), post.trackerNames(), "both still share (and record) the post");
    }

    @Test
    void fleetTitleWhenAnyTrackerIdentifiesFleetsAndTrackedTypesOfAll() {
        TrackerInfo.MainOrganization org = new TrackerInfo.MainOrganization(3001, true, 3);
        SharedPost post = SharedPost.byWebhook(List.of(
                new SharedPost.Match(1, 1, new TrackerRules().name("A"), new TrackerInfo(1, 1.0, List.of(34562, 3756), org, null)),
                new SharedPost.Match(2, 1, new TrackerRules().name("B").identifyFleets(true),
                        new TrackerInfo(null, null, List.of(3756, 603), org, null)))).get(0);
        assertTrue(post.identifyFleets());
        assertEquals(List.of(603, 3756, 34562), post.trackedShipTypeIds());
        assertEquals(org, post.info().mainOrganization(), "the killmail's main group, the same for every tracker");
        assertFalse(SharedPost.of(match(1, 1, new TrackerRules().name("A"))).identifyFleets());
        assertNull(SharedPost.of(new SharedPost.Match(1, 1, new TrackerRules().name("Raw"), null)).info());
    }
}
