package dev.bastion.notify.infra;

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
 * Joins consecutive queued messages for one webhook into one post while Discord's limits allow (10
 * embeds, 2000 characters of content, 6000 of embed text) and they come from the same sender (name
 * and avatar). Contents are joined line by line without repeating a line, so a burst for one tracker
 * reads exactly like one message and a burst for several lists each tracker's line once. Discord lets
 * a webhook post about 5 times in 2 seconds; merging is what keeps a busy channel within seconds.
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
            if (!sameSender(merged, next)) {
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
        String content = joinLines(text(a), text(b));
        if (content != null) {
            out.add("content", content);
        }
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

    private static String text(JsonObject o) {
        return o.get("content") instanceof jakarta.json.JsonString s ? s.getString() : null;
    }

    /** The lines of a, then those of b that a does not already have. */
    private static String joinLines(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b;
        }
        if (b == null || b.isEmpty()) {
            return a;
        }
        Set<String> lines = new LinkedHashSet<>(a.lines().toList());
        lines.addAll(b.lines().toList());
        return String.join("\n", lines);
    }

    private static JsonArray array(JsonObject o, String key) {
        return o.get(key) instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
    }
}
