package dev.bastion.notify.infra;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Discord's message limits as the sink enforces them. */
class DiscordLimitsTest {

    @Test
    void aShortMessageIsAccepted() {
        assertTrue(DiscordLimits.violations(Json.createObjectBuilder().add("content", "hi").build()).isEmpty());
    }

    @Test
    void anEmptyMessageIsRefused() {
        assertEquals(1, DiscordLimits.violations(Json.createObjectBuilder().build()).size());
    }

    @Test
    void contentOver2000IsRefused() {
        assertTrue(DiscordLimits.violations(Json.createObjectBuilder().add("content", "x".repeat(2001)).build())
                .get(0).startsWith("content"));
        assertTrue(DiscordLimits.violations(Json.createObjectBuilder().add("content", "x".repeat(2000)).build())
                .isEmpty());
    }

    @Test
    void moreThanTenEmbedsOrOver6000CharactersAreRefused() {
        JsonArrayBuilder eleven = Json.createArrayBuilder();
        for (int i = 0; i < 11; i++) {
            eleven.add(Json.createObjectBuilder().add("title", "t"));
        }
        assertTrue(DiscordLimits.violations(Json.createObjectBuilder().add("embeds", eleven).build())
                .stream().anyMatch(p -> p.startsWith("embeds: Must be 10")));
        JsonArrayBuilder big = Json.createArrayBuilder();
        for (int i = 0; i < 2; i++) {
            big.add(Json.createObjectBuilder().add("description", "d".repeat(3001)));
        }
        assertTrue(DiscordLimits.violations(Json.createObjectBuilder().add("embeds", big).build())
                .stream().anyMatch(p -> p.contains("6000")));
    }

    @Test
    void anOversizedMessageIsCutToFitInsteadOfRefused() {
        jakarta.json.JsonObject big = Json.createObjectBuilder().add("content", "c".repeat(2500))
                .add("embeds", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "t".repeat(300))
                        .add("description", "d".repeat(5000)))).build();
        assertEquals(3, DiscordLimits.violations(big).size());
        jakarta.json.JsonObject fitted = DiscordLimits.fit(big);
        assertTrue(DiscordLimits.violations(fitted).isEmpty(), DiscordLimits.violations(fitted).toString());
        assertTrue(fitted.getString("content").endsWith("…"));
        assertEquals(2000, fitted.getString("content").length());
    }
}
