package dev.bastion.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MicroProfile Health on the running server, and the simulator's presence in demo mode. */
class HealthIT {

    @Test
    void readyOnceTheDatabaseIsMigrated() throws Exception {
        var r = Http.get("/health/ready");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject body = (JsonObject) Http.json(r);
        assertEquals("UP", body.getString("status"));
        JsonObject db = body.getJsonArray("checks").getJsonObject(0);
        assertEquals("database", db.getString("name"));
        assertEquals(newestMigration(), db.getJsonObject("data").getString("schemaVersion"));
    }

    /** The version of the newest migration in db/migration ("009" for V009__...sql). */
    static String newestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).max(java.util.Comparator.comparingInt(Integer::parseInt)).orElseThrow();
        }
    }

    @Test
    void live() throws Exception {
        var r = Http.get("/health/live");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"UP\""));
    }

    @Test
    void landingPageSaysWhatBastionIsAndShowsTheDemoBanner() throws Exception {
        var r = Http.get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("intranet portal of your EVE Online alliance"));
        assertTrue(r.body().contains("demo-banner"));
    }

    @Test
    void unknownAddressesAnswer404WithAHelpfulPage() throws Exception {
        var r = Http.get("/no-such-page.xhtml");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("nothing at this address"));
    }
}
