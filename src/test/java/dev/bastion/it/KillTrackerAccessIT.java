package dev.bastion.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kill tracker pages check permissions on the server: a member (kill tracker basic access through the
 * Member state) sees recent matches but gets 403 for every admin page and every forged admin postback.
 */
class KillTrackerAccessIT {

    static final long JORA = 2_112_000_015L;
    static WebSession jora;

    @BeforeAll
    static void logIn() throws Exception {
        jora = new WebSession();
        jora.loginOk(JORA);
    }

    @ParameterizedTest(name = "{0} answers 403 to a member")
    @ValueSource(strings = {"/killtracker/trackers.xhtml", "/killtracker/tracker.xhtml",
            "/killtracker/tracker.xhtml?id=1", "/killtracker/webhooks.xhtml",
            "/killtracker/webhooks.xhtml?edit=1", "/killtracker/test.xhtml"})
    void adminPagesRefuseAMember(String page) throws Exception {
        HttpResponse<String> r = jora.get(page);
        assertEquals(403, r.statusCode(), r.body());
    }

    @ParameterizedTest(name = "a forged postback to {0} answers 403 and changes nothing")
    @ValueSource(strings = {"/killtracker/trackers.xhtml", "/killtracker/webhooks.xhtml",
            "/killtracker/tracker.xhtml", "/killtracker/test.xhtml"})
    void forgedPostbacksAreRefused(String page) throws Exception {
        long trackers = Db.count("SELECT count(*) FROM kt_tracker WHERE enabled");
        long outbox = Db.count("SELECT count(*) FROM notify_outbox");
        HttpResponse<String> r = jora.post(page, Map.of("trackers", "trackers", "trackers:tracker-table:0:disable", "x",
                "tracker", "1", "webhooks", "webhooks", "webhooks:webhook-table:0:test", "x", "webhook", "1",
                "tracker-form", "tracker-form", "tracker-form:name", "forged", "tracker-form:save", "x",
                "jakarta.faces.ViewState", "stolen"));
        assertEquals(403, r.statusCode());
        assertEquals(trackers, Db.count("SELECT count(*) FROM kt_tracker WHERE enabled"));
        assertEquals(outbox, Db.count("SELECT count(*) FROM notify_outbox"));
        assertEquals(0, Db.count("SELECT count(*) FROM kt_tracker WHERE name = 'forged'"));
    }

    @Test
    void aMemberSeesRecentMatches() throws Exception {
        HttpResponse<String> r = jora.get("/killtracker/matches.xhtml");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Recent matches"));
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() throws Exception {
        HttpResponse<String> r = new WebSession().get("/killtracker/trackers.xhtml");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("/login"));
    }

    @Test
    void issue10_theOldAddressesAnswer301ToTheKillTrackersFolderAndTheNewRuleDecides() throws Exception {
        HttpResponse<String> old = jora.get("/admin/killtracker/matches.xhtml?tracker=5");
        assertEquals(301, old.statusCode());
        assertEquals("/killtracker/matches.xhtml?tracker=5", old.headers().firstValue("Location").orElse(""));
        // Following it, a member with basic access sees the page; an admin page stays refused to them.
        assertEquals(200, jora.get(old.headers().firstValue("Location").orElseThrow()).statusCode());
        HttpResponse<String> admin = jora.get("/admin/killtracker/trackers.xhtml");
        assertEquals(301, admin.statusCode());
        assertEquals(403, jora.get(admin.headers().firstValue("Location").orElseThrow()).statusCode());
    }
}
