package dev.bastion.notify.infra;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Who a post appears to come from. Branded (the default), every post Bastion queues, whichever module
 * queues it and the webhook test message alike, carries the same username and, when Discord can load
 * it, the same avatar; so consecutive posts keep merging ({@link MessageMerge} joins only posts of one
 * sender). Unbranded, posts carry neither and Discord shows the webhook's own name and avatar.
 */
public record DiscordSender(boolean branded, String username, String avatarUrl) {

    /** The name kill tracker posts have always had (aa-killtracker's). */
    public static final String USERNAME = "Killtracker";

    public static DiscordSender branded(String avatarUrl) {
        return new DiscordSender(true, USERNAME, avatarUrl);
    }

    public static DiscordSender unbranded() {
        return new DiscordSender(false, null, null);
    }

    /** The payload as this sender posts it: its name and avatar in place of whatever the payload said. */
    public JsonObject applyTo(JsonObject payload) {
        JsonObjectBuilder out = Json.createObjectBuilder(payload).remove("username").remove("avatar_url");
        if (branded) {
            out.add("username", username);
            if (avatarUrl != null) {
                out.add("avatar_url", avatarUrl);
            }
        }
        return out.build();
    }
}
