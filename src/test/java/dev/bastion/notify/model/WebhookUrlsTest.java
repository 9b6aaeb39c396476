package dev.bastion.notify.model;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only Discord webhook URLs are accepted (no way to make the server call anything else). */
class WebhookUrlsTest {

    static final String TOKEN = "abcdefghijklmnopqrstuvwxyz_ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789abcd";

    @Test
    void discordWebhooksAreAccepted() {
        assertEquals(Optional.empty(), WebhookUrls.problem("https://discord.com/api/webhooks/123456789012345678/" + TOKEN, null));
        assertEquals(Optional.empty(), WebhookUrls.problem("https://discordapp.com/api/webhooks/123456789012345678/" + TOKEN, null));
        assertEquals(Optional.empty(), WebhookUrls.problem("https://ptb.discord.com/api/v10/webhooks/123456789012345678/" + TOKEN, null));
    }

    @Test
    void everythingElseIsRefusedWithAReason() {
        for (String url : new String[] {"", "not a url", "http://discord.com/api/webhooks/123456789012345678/" + TOKEN,
                "https://evil.example/api/webhooks/123456789012345678/" + TOKEN,
                "https://discord.com.evil.example/api/webhooks/123456789012345678/" + TOKEN,
                "https://discord.com:8443/api/webhooks/123456789012345678/" + TOKEN,
                "https://user:pw@discord.com/api/webhooks/123456789012345678/" + TOKEN,
                "https://discord.com/api/webhooks/123456789012345678/" + TOKEN + "?wait=true",
                "https://discord.com/api/channels/123456789012345678/messages",
                "https://discord.com/api/webhooks/12/" + TOKEN,
                "http://localhost:9080/sim/discord/webhooks/1/tok"}) {
            assertTrue(WebhookUrls.problem(url, null).isPresent(), url);
        }
    }

    @Test
    void theSimulatorsSinkOnlyInDemoMode() {
        assertEquals(Optional.empty(), WebhookUrls.problem("http://localhost:9080/sim/discord/webhooks/1/tok", "http://localhost:9080"));
        assertTrue(WebhookUrls.problem("http://localhost:9080/admin/users", "http://localhost:9080").isPresent());
    }

    @Test
    void theTokenIsMaskedForDisplay() {
        assertEquals("https://discord.com/api/webhooks/123456789012345678/…",
                WebhookUrls.mask("https://discord.com/api/webhooks/123456789012345678/" + TOKEN));
    }
}
