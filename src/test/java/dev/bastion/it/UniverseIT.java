package dev.bastion.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server loaded the real map at first start and answers map questions from it. */
class UniverseIT {

    static JsonObject route(int from, int to) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            var r = Http.get("/api/universe/route?from=" + from + "&to=" + to);
            if (r.statusCode() == 200 || Instant.now().isAfter(deadline)) {
                assertEquals(200, r.statusCode(), r.body());
                return (JsonObject) Http.json(r);
            }
            Thread.sleep(1000); // the first-start import may still be running
        }
    }

    @Test
    void lightYearsAndJumpsBetweenHuolaAndHaras() throws Exception {
        JsonObject r = route(30003067, 30003087);
        assertEquals(5.847, r.getJsonNumber("light_years").doubleValue(), 0.0005);
        assertEquals("LOW_SEC", r.getJsonObject("from").getString("space_class"));
        assertTrue(r.getInt("jumps") > 0);
    }

    @Test
    void wormholeSystemsHaveNoRoute() throws Exception {
        JsonObject r = route(30000142, 31000005);
        assertTrue(r.isNull("jumps"));
        assertEquals("W_SPACE", r.getJsonObject("to").getString("space_class"));
    }

    @Test
    void badRouteQuestionsGetClearErrors() throws Exception {
        assertEquals(400, Http.get("/api/universe/route?from=30000142").statusCode());
        var unknown = Http.get("/api/universe/route?from=30000142&to=123");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Unknown solar system 123"));
    }
}
