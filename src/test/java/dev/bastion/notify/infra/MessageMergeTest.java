package dev.bastion.notify.infra;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Merging queued messages for one webhook within Discord's limits, keeping their order. */
class MessageMergeTest {

    static JsonObject message(String content, String title, int descriptionLength) {
        return Json.createObjectBuilder().add("content", content).add("username", "Killtracker")
                .add("embeds", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", title)
                        .add("description", "d".repeat(descriptionLength))))
                .add("allowed_mentions", Json.createObjectBuilder().add("parse", Json.createArrayBuilder())
                        .add("roles", Json.createArrayBuilder())).build();
    }

    @Test
    void messagesOfOneTrackerShareAPostInOrder() {
        List<JsonObject> queued = List.of(message("Tracker **A**:", "1", 10), message("Tracker **A**:", "2", 10),
                message("Tracker **A**:", "3", 10));
        MessageMerge.Merged m = MessageMerge.leading(queued);
        assertEquals(3, m.count());
        assertEquals(List.of("1", "2", "3"), m.payload().getJsonArray("embeds").stream()
                .map(e -> e.asJsonObject().getString("title")).toList());
        assertEquals("Tracker **A**:", m.payload().getString("content"));
    }

    @Test
    void messagesOfSeveralTrackersListEachTrackersLineOnce() {
        MessageMerge.Merged m = MessageMerge.leading(List.of(message("Tracker **A**:", "1", 10),
                message("@here Tracker **B**:", "2", 10), message("Tracker **A**:", "3", 10)));
        assertEquals(3, m.count());
        assertEquals("Tracker **A**:\n@here Tracker **B**:", m.payload().getString("content"));
    }

    @Test
    void anotherSenderStartsANewPost() {
        JsonObject other = Json.createObjectBuilder(message("Tracker **A**:", "2", 10)).add("username", "Capital watch").build();
        assertEquals(1, MessageMerge.leading(List.of(message("Tracker **A**:", "1", 10), other)).count());
    }

    @Test
    void contentBeyondTwoThousandCharactersStartsANewPost() {
        assertEquals(1, MessageMerge.leading(List.of(message("a".repeat(1500), "1", 10), message("b".repeat(600), "2", 10))).count());
    }

    @Test
    void neverMoreThanTenEmbedsOrSixThousandCharacters() {
        List<JsonObject> twelve = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            twelve.add(message("x", String.valueOf(i), 10));
        }
        assertEquals(10, MessageMerge.leading(twelve).count());
        List<JsonObject> big = List.of(message("x", "1", 2500), message("x", "2", 2500), message("x", "3", 2500));
        MessageMerge.Merged m = MessageMerge.leading(big);
        assertEquals(2, m.count());
        assertTrue(DiscordLimits.violations(m.payload()).isEmpty());
    }

    @Test
    void allowedMentionsAreUnited() {
        JsonObject a = Json.createObjectBuilder(message("x", "1", 1)).add("allowed_mentions", Json.createObjectBuilder()
                .add("parse", Json.createArrayBuilder().add("everyone")).add("roles", Json.createArrayBuilder().add("5"))).build();
        JsonObject b = Json.createObjectBuilder(message("x", "2", 1)).add("allowed_mentions", Json.createObjectBuilder()
                .add("parse", Json.createArrayBuilder()).add("roles", Json.createArrayBuilder().add("7"))).build();
        JsonObject merged = MessageMerge.join(a, b);
        assertEquals("{\"parse\":[\"everyone\"],\"roles\":[\"5\",\"7\"]}", merged.getJsonObject("allowed_mentions").toString());
    }
}
