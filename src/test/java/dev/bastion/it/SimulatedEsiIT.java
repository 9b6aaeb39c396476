package dev.bastion.it;

import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulated ESI behaves like ESI: ETag/304, Expires, X-Pages, error-limit headers, bulk routes. */
class SimulatedEsiIT {

    @Test
    void etagRevalidationAnswers304() throws Exception {
        var first = Http.get("/sim/esi/characters/2112000001");
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertNotNull(first.headers().firstValue("Expires").orElse(null));
        var second = Http.get("/sim/esi/characters/2112000001", "If-None-Match", etag);
        assertEquals(304, second.statusCode());
    }

    @Test
    void typeListIsPagedWithXPages() throws Exception {
        var page1 = Http.get("/sim/esi/universe/types?page=1");
        int pages = Integer.parseInt(page1.headers().firstValue("X-Pages").orElseThrow());
        assertTrue(pages > 1);
        assertEquals(1000, ((JsonArray) Http.json(page1)).size());
        assertEquals(404, Http.get("/sim/esi/universe/types?page=" + (pages + 1)).statusCode());
    }

    @Test
    void errorLimitHeadersOnEveryAnswer() throws Exception {
        var r = Http.get("/sim/esi/alliances/99000001");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("X-ESI-Error-Limit-Remain").isPresent());
        assertTrue(r.headers().firstValue("X-ESI-Error-Limit-Reset").isPresent());
    }

    @Test
    void affiliationOfDemoCharacters() throws Exception {
        var r = Http.postJson("/sim/esi/characters/affiliation", "[2112000001, 2112000010]");
        assertEquals(200, r.statusCode(), r.body());
        JsonArray a = (JsonArray) Http.json(r);
        assertEquals(99000001, a.getJsonObject(0).getInt("alliance_id"));
        assertTrue(!a.getJsonObject(1).containsKey("alliance_id"), "Finn's corporation has no alliance");
    }

    @Test
    void namesFailWholeWhenOneIdIsUnknownLikeEsi() throws Exception {
        assertEquals(200, Http.postJson("/sim/esi/universe/names", "[2112000001, 30000142]").statusCode());
        assertEquals(404, Http.postJson("/sim/esi/universe/names", "[2112000001, 1]").statusCode());
    }
}
