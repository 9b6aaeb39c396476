package dev.bastion.notify;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Joins consecutive queued messages for one webhook into one post while Discord's limits allow
 * (10 embeds, 6000 characters of embed text) and they say the same thing around their embeds (same
 * content, name and avatar): a burst of kills for one tracker then costs one request instead of ten,
 * and the order within the channel stays the same.
 */
public final class MessageMerge {

    /** How many leading messages went into the post, and the post. */
    public record Merged(int count, JsonObject payload) {
    }

    private MessageMerge() {
    }

    public static Merged leading(List<JsonObject> queued) {
        if (queued.isEmpty()) {
            throw new IllegalArgumentException("nothing to send");
        }
        JsonObject merged = queued.get(0);
        int count = 1;
        for (int i = 1; i < queued.size(); i++) {
            JsonObject next = queued.get(i);
            if (!sameSender(merged, next) || !Objects.equals(merged.get("content"), next.get("content"))) {
                break;
            }
            JsonObject candidate = join(merged, next);
            if (!DiscordLimits.violations(candidate).isEmpty()) {
                break;
            }
            merged = candidate;
            count++;
        }
        return new Merged(count, merged);
    }

    private static boolean sameSender(JsonObject a, JsonObject b) {
        return Objects.equals(a.get("username"), b.get("username")) && Objects.equals(a.get("avatar_url"), b.get("avatar_url"));
    }

    static JsonObject join(JsonObject a, JsonObject b) {
        JsonObjectBuilder out = Json.createObjectBuilder(a);
        JsonArrayBuilder embeds = Json.createArrayBuilder();
        array(a, "embeds").forEach(embeds::add);
        array(b, "embeds").forEach(embeds::add);
        out.add("embeds", embeds);
        JsonObject ma = a.getJsonObject("allowed_mentions");
        JsonObject mb = b.getJsonObject("allowed_mentions");
        if (ma != null || mb != null) {
            out.add("allowed_mentions", Json.createObjectBuilder()
                    .add("parse", union(ma, mb, "parse")).add("roles", union(ma, mb, "roles")));
        }
        return out.build();
    }

    private static JsonArray union(JsonObject a, JsonObject b, String key) {
        Set<JsonValue> values = new LinkedHashSet<>();
        if (a != null) {
            values.addAll(array(a, key));
        }
        if (b != null) {
            values.addAll(array(b, key));
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        values.forEach(out::add);
        return out.build();
    }

    private static JsonArray array(JsonObject o, String key) {
        return o.get(key) instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
    }
}
