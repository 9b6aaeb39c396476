package dev.bastion.it;

import jakarta.json.JsonArray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Item 4: the public type lookup cannot spend ESI's error limit. Repeated unknown IDs reach ESI once,
 * implausible IDs never, and anonymous requests never cause an outbound call. The simulator's request
 * log counts what reached ESI.
 */
class TypeLookupBudgetIT {

    static final WebSession member = new WebSession();

    @BeforeAll
    static void logIn() throws Exception {
        Http.awaitReady();
        member.loginOk(SsoLoginIT.ARIA);
    }

    @BeforeEach
    void clearSimulator() throws Exception {
        Http.delete("/sim/esi/requests");
    }

    @Test
    void item4_repeatedUnknownIdsMakeAtMostOneEsiCall() throws Exception {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = member.get("/api/universe/types/77777771");
            assertEquals(404, r.statusCode(), r.body());
            assertTrue(r.body().contains("unknown to the SDE and to ESI"), r.body());
        }
        assertEquals(1, esiCallsTo("/universe/types/77777771"), "ESI's 404 is remembered");
    }

    @Test
    void item4_anonymousRequestsCannotTriggerAnOutboundCall() throws Exception {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = Http.get("/api/universe/types/77777772");
            assertEquals(401, r.statusCode(), r.body());
            assertTrue(r.body().contains("log in"), r.body());
        }
        assertEquals(0, esiCallsTo("/universe/types/77777772"));
        // A simulator-only type is not stored yet: anonymous visitors cannot make Bastion fetch it either.
        assertEquals(401, Http.get("/api/universe/types/90000004").statusCode());
        assertEquals(0, esiCallsTo("/universe/types/90000004"));
    }

    @Test
    void item4_anonymousVisitorsStillReadTypesFromTheSde() throws Exception {
        HttpResponse<String> r = Http.get("/api/universe/types/587");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Rifter"), r.body());
        assertEquals(0, esiCallsTo("/universe/types/587"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "100000000", "2147483647"})
    void item4_implausibleIdsAreRefusedWithoutAnEsiCall(String id) throws Exception {
        HttpResponse<String> r = member.get("/api/universe/types/" + id);
        assertEquals(404, r.statusCode(), r.body());
        assertTrue(r.body().contains("type IDs run from 1 to 99999999"), r.body());
        assertEquals(0, esiCallsTo("/universe/types/" + id));
    }

    private static long esiCallsTo(String path) throws Exception {
        return ((JsonArray) Http.json(Http.get("/sim/esi/requests"))).stream()
                .filter(v -> path.equals(v.asJsonObject().getString("path"))).count();
    }
}
