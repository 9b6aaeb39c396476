package dev.bastion.killtracker.infra;

import dev.bastion.killtracker.model.Killmail;
import dev.bastion.killtracker.model.MalformedKillmailException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads zKillboard's R2Z2 envelope ({@code killmail_id}, {@code esi}, {@code zkb}) or the pair of an
 * ESI killmail and zKillboard's {@code zkb} block into a {@link Killmail}. Anything that is not one
 * raises {@link MalformedKillmailException} with the reason, so the feed can log it and go on.
 */
public final class KillmailParser {

    private KillmailParser() {
    }

    /** One R2Z2 {@code <sequence>.json} body. */
    public static Killmail parseEnvelope(String body) {
        JsonObject envelope;
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            envelope = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new MalformedKillmailException("not a JSON object", e);
        }
        return parseEnvelope(envelope);
    }

    public static Killmail parseEnvelope(JsonObject envelope) {
        if (!(envelope.get("killmail_id") instanceof JsonNumber id)) {
            throw new MalformedKillmailException("killmail_id is missing");
        }
        if (!(envelope.get("esi") instanceof JsonObject esi)) {
            throw new MalformedKillmailException("esi is missing");
        }
        if (!(envelope.get("zkb") instanceof JsonObject zkb)) {
            throw new MalformedKillmailException("zkb is missing");
        }
        return parse(id.longValue(), esi, zkb);
    }

    /** An ESI killmail and the {@code zkb} block zKillboard keeps for it. */
    public static Killmail parse(long killmailId, JsonObject esi, JsonObject zkb) {
        try {
            Instant time = time(esi);
            List<Killmail.Attacker> attackers = new ArrayList<>();
            if (esi.get("attackers") instanceof JsonArray list) {
                for (JsonValue v : list) {
                    if (v instanceof JsonObject a) {
                        attackers.add(new Killmail.Attacker(id(a, "character_id"), id(a, "corporation_id"),
                                id(a, "alliance_id"), id(a, "faction_id"), intId(a, "ship_type_id"),
                                intId(a, "weapon_type_id"), number(a, "damage_done"), bool(a, "final_blow"),
                                decimal(a, "security_status")));
                    }
                }
            } else {
                throw new MalformedKillmailException("esi.attackers is missing");
            }
            if (!(esi.get("victim") instanceof JsonObject v)) {
                throw new MalformedKillmailException("esi.victim is missing");
            }
            Killmail.Position position = v.get("position") instanceof JsonObject p
                    && p.get("x") instanceof JsonNumber && p.get("y") instanceof JsonNumber && p.get("z") instanceof JsonNumber
                    ? new Killmail.Position(p.getJsonNumber("x").doubleValue(), p.getJsonNumber("y").doubleValue(),
                    p.getJsonNumber("z").doubleValue())
                    : null;
            Killmail.Victim victim = new Killmail.Victim(id(v, "character_id"), id(v, "corporation_id"),
                    id(v, "alliance_id"), id(v, "faction_id"), intId(v, "ship_type_id"), number(v, "damage_taken"),
                    position);
            Killmail.Zkb z = new Killmail.Zkb(id(zkb, "locationID"), text(zkb, "hash"), decimal(zkb, "fittedValue"),
                    decimal(zkb, "totalValue"), number(zkb, "points"), bool(zkb, "npc"), bool(zkb, "solo"),
                    bool(zkb, "awox"));
            Long system = id(esi, "solar_system_id");
            return new Killmail(killmailId, time, system == null ? null : system.intValue(), id(esi, "moon_id"),
                    id(esi, "war_id"), victim, attackers, z);
        } catch (ClassCastException | ArithmeticException e) {
            throw new MalformedKillmailException("killmail " + killmailId + " has a field of the wrong type", e);
        }
    }

    private static Instant time(JsonObject esi) {
        if (!(esi.get("killmail_time") instanceof jakarta.json.JsonString s)) {
            throw new MalformedKillmailException("esi.killmail_time is missing");
        }
        try {
            return Instant.parse(s.getString());
        } catch (DateTimeParseException e) {
            throw new MalformedKillmailException("esi.killmail_time is not an ISO-8601 time: " + s.getString(), e);
        }
    }

    /** An EVE ID; absent, null and 0 all mean "none" (ESI sends 0 for some NPC fields). */
    private static Long id(JsonObject o, String key) {
        Long n = number(o, key);
        return n == null || n == 0 ? null : n;
    }

    private static Integer intId(JsonObject o, String key) {
        Long n = id(o, key);
        return n == null ? null : Math.toIntExact(n);
    }

    private static Long number(JsonObject o, String key) {
        return o.get(key) instanceof JsonNumber n ? n.longValue() : null;
    }

    private static Double decimal(JsonObject o, String key) {
        return o.get(key) instanceof JsonNumber n ? n.doubleValue() : null;
    }

    private static boolean bool(JsonObject o, String key) {
        return o.get(key) == JsonValue.TRUE;
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof jakarta.json.JsonString s ? s.getString() : null;
    }
}
