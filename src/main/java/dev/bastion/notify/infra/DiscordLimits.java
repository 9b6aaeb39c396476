package dev.bastion.notify.infra;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Discord's limits on a webhook message, checked the way Discord does before it answers 400. The
 * sender merges queued messages only within them; the simulator's sink enforces them.
 */
public final class DiscordLimits {

    public static final int CONTENT_MAX = 2000;
    public static final int EMBEDS_MAX = 10;
    public static final int EMBED_TOTAL_MAX = 6000;

    private DiscordLimits() {
    }

    /** Every violated rule; empty when Discord would accept the message. */
    public static List<String> violations(JsonObject p) {
        List<String> problems = new ArrayList<>();
        String content = text(p, "content");
        JsonArray embeds = p.get("embeds") instanceof JsonArray a ? a : null;
        if ((content == null || content.isBlank()) && (embeds == null || embeds.isEmpty())) {
            problems.add("Cannot send an empty message");
        }
        if (content != null && content.strip().length() > CONTENT_MAX) {
            problems.add("content: Must be " + CONTENT_MAX + " or fewer in length.");
        }
        if (embeds != null) {
            if (embeds.size() > EMBEDS_MAX) {
                problems.add("embeds: Must be " + EMBEDS_MAX + " or fewer in length.");
            }
            int total = 0;
            for (int i = 0; i < embeds.size(); i++) {
                if (!(embeds.get(i) instanceof JsonObject e)) {
                    problems.add("embeds." + i + ": must be an object");
                    continue;
                }
                total += limit(problems, "embeds." + i + ".title", text(e, "title"), 256);
                total += limit(problems, "embeds." + i + ".description", text(e, "description"), 4096);
                if (e.get("footer") instanceof JsonObject f) {
                    total += limit(problems, "embeds." + i + ".footer.text", text(f, "text"), 2048);
                }
                if (e.get("author") instanceof JsonObject a) {
                    total += limit(problems, "embeds." + i + ".author.name", text(a, "name"), 256);
                }
                if (e.get("fields") instanceof JsonArray fields) {
                    if (fields.size() > 25) {
                        problems.add("embeds." + i + ".fields: Must be 25 or fewer in length.");
                    }
                    for (int k = 0; k < fields.size(); k++) {
                        JsonObject field = fields.getJsonObject(k);
                        total += limit(problems, "embeds." + i + ".fields." + k + ".name", text(field, "name"), 256);
                        total += limit(problems, "embeds." + i + ".fields." + k + ".value", text(field, "value"), 1024);
                    }
                }
            }
            if (total > EMBED_TOTAL_MAX) {
                problems.add("embeds: Embed size exceeds maximum size of " + EMBED_TOTAL_MAX);
            }
        }
        return problems;
    }

    private static int limit(List<String> problems, String field, String value, int max) {
        if (value == null) {
            return 0;
        }
        int length = value.strip().length();
        if (length > max) {
            problems.add(field + ": Must be " + max + " or fewer in length.");
        }
        return length;
    }

    /**
     * The message cut to Discord's limits (content, title, description, author and footer text), each cut
     * marked with "…", so that an unusually long killmail is posted shortened instead of refused.
     */
    public static JsonObject fit(JsonObject p) {
        jakarta.json.JsonObjectBuilder out = jakarta.json.Json.createObjectBuilder(p);
        String content = text(p, "content");
        if (content != null && content.length() > CONTENT_MAX) {
            out.add("content", cut(content, CONTENT_MAX));
        }
        if (p.get("embeds") instanceof JsonArray embeds) {
            jakarta.json.JsonArrayBuilder fitted = jakarta.json.Json.createArrayBuilder();
            for (int i = 0; i < Math.min(embeds.size(), EMBEDS_MAX); i++) {
                if (!(embeds.get(i) instanceof JsonObject e)) {
                    continue;
                }
                jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder(e);
                cutField(b, e, "title", 256);
                // leave room for title, author and footer within the 6000 characters of one embed
                cutField(b, e, "description", Math.min(4096, EMBED_TOTAL_MAX / Math.max(1, embeds.size()) - 600));
                if (e.get("author") instanceof JsonObject a && text(a, "name") != null && text(a, "name").length() > 256) {
                    b.add("author", jakarta.json.Json.createObjectBuilder(a).add("name", cut(text(a, "name"), 256)));
                }
                fitted.add(b);
            }
            out.add("embeds", fitted);
        }
        return out.build();
    }

    private static void cutField(jakarta.json.JsonObjectBuilder b, JsonObject e, String key, int max) {
        String v = text(e, key);
        if (v != null && v.length() > max) {
            b.add(key, cut(v, max));
        }
    }

    private static String cut(String s, int max) {
        return s.substring(0, Math.max(0, max - 1)) + "…";
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }
}
