package dev.bastion.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bastion's ESI client against the simulated ESI, through the real path: a type the SDE lacks is
 * fetched lazily (GET /api/universe/types/{id}); the simulator's request log shows what was sent.
 * Each test uses its own simulator-only type so that no test sees another's cached result. A member is
 * logged in: only logged-in users may make Bastion ask ESI (see TypeLookupBudgetIT).
 */
class EsiClientIT {

    static final WebSession member = new WebSession();

    @BeforeAll
    static void logIn() throws Exception {
        member.loginOk(SsoLoginIT.ARIA);
    }

    @BeforeEach
    void clearSimulator() throws Exception {
        Http.delete("/sim/esi/requests");
    }

    @Test
    void aTypeMissingFromTheSdeIsFetchedFromEsiWithItsGroupAndStoredOnce() throws Exception {
        var r = member.get("/api/universe/types/90000001");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject type = (JsonObject) Http.json(r);
        assertEquals("Karura", type.getString("name"));
        assertEquals("ESI", type.getString("origin"));
        assertEquals("Lancer Dreadnought", type.getString("group_name"));
        assertEquals(6, type.getInt("category_id"));
        member.get("/api/universe/types/90000001");
        assertEquals(1, requestsTo("/universe/types/90000001"), "stored after the first fetch");
    }

    @Test
    void everyRequestCarriesUserAgentAndCompatibilityDate() throws Exception {
        member.get("/api/universe/types/90000002");
        JsonObject sent = lastRequestTo("/universe/types/90000002");
        assertTrue(sent.getString("user_agent").startsWith("Bastion/"), sent.toString());
        assertEquals("2025-12-16", sent.getString("compatibility_date"));
    }

    @Test
    void item5_theUserAgentNamesTheOperatorsContact() throws Exception {
        member.get("/api/universe/types/77777781");
        JsonObject sent = lastRequestTo("/universe/types/77777781");
        // The it profile sets BASTION_ESI_USER_AGENT_CONTACT=it@bastion.invalid.
        assertTrue(sent.getString("user_agent").matches("Bastion/\\S+ \\(it@bastion\\.invalid\\)"), sent.toString());
    }

    @Test
    void serverErrorsAreRetried() throws Exception {
        // A request thread retries within its interactive wait (500 ms): one backoff of 500 ms.
        assertEquals(204, Http.postJson("/sim/esi/faults",
                "{\"path\":\"/universe/types/90000003\",\"status\":503,\"count\":1}").statusCode());
        var r = member.get("/api/universe/types/90000003");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(2, requestsTo("/universe/types/90000003"));
    }

    @Test
    void item10_aRateLimitIsNotWaitedOutOnARequestThread() throws Exception {
        Http.postJson("/sim/esi/faults", "{\"path\":\"/universe/types/90000004\",\"status\":429,\"count\":1,\"retry_after\":2}");
        long start = System.nanoTime();
        var r = member.get("/api/universe/types/90000004");
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("Try again later"), r.body());
        assertTrue(tookMillis < 1500, "answered without sleeping out the 2 s Retry-After: " + tookMillis + " ms");
        Thread.sleep(2100);
        assertEquals(200, member.get("/api/universe/types/90000004").statusCode(), "after the pause ESI is asked again");
    }

    @Test
    void aTypeEsiDoesNotKnowIsA404WithAReason() throws Exception {
        var r = member.get("/api/universe/types/99999999");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("unknown to the SDE and to ESI"));
    }

    @Test
    void anEsiOutageIsA503ThatSaysToTryLater() throws Exception {
        Http.postJson("/sim/esi/faults", "{\"path\":\"/universe/types/88888888\",\"status\":500,\"count\":10}");
        var r = member.get("/api/universe/types/88888888");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("Try again later"));
    }

    private static long requestsTo(String path) throws Exception {
        return ((JsonArray) Http.json(Http.get("/sim/esi/requests"))).stream()
                .filter(v -> path.equals(v.asJsonObject().getString("path"))).count();
    }

    private static JsonObject lastRequestTo(String path) throws Exception {
        JsonObject last = null;
        for (var v : (JsonArray) Http.json(Http.get("/sim/esi/requests"))) {
            if (path.equals(v.asJsonObject().getString("path"))) {
                last = v.asJsonObject();
            }
        }
        return last;
    }
}
