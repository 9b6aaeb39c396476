package dev.bastion.notify.infra;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every post goes out as one sender: Bastion's name and avatar, or (unbranded) the webhook's own. */
class DiscordSenderTest {

    static final JsonObject TEST_MESSAGE = Json.createObjectBuilder().add("content", "Test message from Killtracker.").build();

    @Test
    void brandedPostsCarryTheNameAndTheAvatar() {
        JsonObject p = DiscordSender.branded("https://auth.example.org/resources/images/bastion-logo.png").applyTo(TEST_MESSAGE);
        assertEquals("Killtracker", p.getString("username"));
        assertEquals("https://auth.example.org/resources/images/bastion-logo.png", p.getString("avatar_url"));
        assertEquals("Test message from Killtracker.", p.getString("content"), "the rest is untouched");
    }

    @Test
    void withoutAnAvatarDiscordCouldLoadTheNameStillGoesOut() {
        JsonObject p = DiscordSender.branded(null).applyTo(TEST_MESSAGE);
        assertEquals("Killtracker", p.getString("username"));
        assertFalse(p.containsKey("avatar_url"));
    }

    @Test
    void theSenderReplacesWhatAPayloadSaidSoPostsKeepMerging() {
        JsonObject foreign = Json.createObjectBuilder(TEST_MESSAGE).add("username", "Someone else")
                .add("avatar_url", "http://localhost:9080/x.png").build();
        DiscordSender bastion = DiscordSender.branded("https://auth.example.org/a.png");
        JsonObject a = bastion.applyTo(foreign);
        assertEquals("Killtracker", a.getString("username"));
        assertEquals("https://auth.example.org/a.png", a.getString("avatar_url"));
        assertEquals(2, MessageMerge.leading(java.util.List.of(a, bastion.applyTo(TEST_MESSAGE))).count(), "one sender: merged");
        JsonObject plain = DiscordSender.unbranded().applyTo(foreign);
        assertFalse(plain.containsKey("username"));
        assertFalse(plain.containsKey("avatar_url"));
    }
}
