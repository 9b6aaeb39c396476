package dev.bastion.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulated zKillboard R2Z2 feed and the Discord sink. */
class SimulatedFeedAndSinkIT {

    @Test
    void aPublishedKillmailGetsTheNextSequenceAndIsServed() throws Exception {
        String envelope = Files.readString(Path.of("src/test/resources/zkb/r2z2_example.json"));
        var published = Http.postJson("/sim/r2z2/killmails", envelope);
        assertEquals(201, published.statusCode(), published.body());
        long sequence = ((JsonObject) Http.json(published)).getJsonNumber("sequence_id").longValue();
        long head = ((JsonObject) Http.json(Http.get("/sim/r2z2/sequence.json"))).getJsonNumber("sequence").longValue();
        assertTrue(head >= sequence);
        JsonObject served = (JsonObject) Http.json(Http.get("/sim/r2z2/" + sequence + ".json"));
        assertEquals(134265477L, served.getJsonNumber("killmail_id").longValue());
        assertEquals(sequence, served.getJsonNumber("sequence_id").longValue());
        assertEquals(404, Http.get("/sim/r2z2/" + (head + 1000) + ".json").statusCode());
    }

    @Test
    void somethingThatIsNotAnEnvelopeIsRefused() throws Exception {
        var r = Http.postJson("/sim/r2z2/killmails", "{\"killmail_id\": 1}");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Not an R2Z2 envelope"));
        assertEquals(400, Http.postJson("/sim/r2z2/killmails", "not json").statusCode());
    }

    @Test
    void theSinkKeepsMessagesAndPlaysFaults() throws Exception {
        Http.delete("/sim/discord/messages");
        assertEquals(204, Http.postJson("/sim/discord/webhooks/42/tok", "{\"content\":\"first\"}").statusCode());
        assertEquals(204, Http.postJson("/sim/discord/faults", "{\"status\":429,\"count\":1,\"retry_after\":1.5}").statusCode());
        var limited = Http.postJson("/sim/discord/webhooks/42/tok", "{\"content\":\"second\"}");
        assertEquals(429, limited.statusCode());
        assertEquals(1.5, ((JsonObject) Http.json(limited)).getJsonNumber("retry_after").doubleValue());
        Http.postJson("/sim/discord/faults", "{\"status\":500,\"count\":1}");
        assertEquals(500, Http.postJson("/sim/discord/webhooks/42/tok", "{\"content\":\"third\"}").statusCode());
        var tooLong = Http.postJson("/sim/discord/webhooks/42/tok", "{\"content\":\"" + "x".repeat(2001) + "\"}");
        assertEquals(400, tooLong.statusCode());
        JsonArray messages = (JsonArray) Http.json(Http.get("/sim/discord/messages?webhook_id=42"));
        assertEquals(1, messages.size());
        assertEquals("first", messages.getJsonObject(0).getJsonObject("payload").getString("content"));
    }
}
