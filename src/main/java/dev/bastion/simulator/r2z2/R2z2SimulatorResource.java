package dev.bastion.simulator.r2z2;

import dev.bastion.simulator.SimDb;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import javax.sql.DataSource;
import java.io.StringReader;
import java.time.Instant;

/**
 * zKillboard's R2Z2 feed: {@code sequence.json} names the newest sequence, {@code <n>.json} serves one
 * killmail envelope, 404 past the end. {@code POST killmails} publishes an envelope (validated like
 * zKillboard's: killmail_id, hash, esi with killmail_time, solar_system_id, victim, attackers; zkb).
 */
@Path("r2z2")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class R2z2SimulatorResource {

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @jakarta.inject.Inject
    R2z2SimulatorState state;

    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest http;

    @GET
    @Path("sequence.json")
    public Response sequence() {
        state.sequenceRequested();
        Long latest = db().one("SELECT coalesce(max(sequence_id), 0) FROM sim_r2z2_killmail", rs -> rs.getLong(1));
        return Response.ok(Json.createObjectBuilder().add("sequence", latest).build())
                .header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("{file: \\d+\\.json}")
    public Response killmail(@PathParam("file") String file) {
        long sequence = Long.parseLong(file.substring(0, file.length() - 5));
        Instant now = Instant.now();
        state.requested();
        // As zKillboard may: a reader that asks again within 6 s of its 404 is refused.
        java.time.Duration tooSoon = state.waitLeft(reader(), now);
        if (tooSoon != null) {
            return Response.status(429).header("Retry-After", Math.max(1, (tooSoon.toMillis() + 999) / 1000)).build();
        }
        R2z2SimulatorState.Fault fault = state.next();
        if (fault != null) {
            Response.ResponseBuilder r = Response.status(fault.status());
            return (fault.status() == 429 && fault.retryAfterSeconds() > 0 ? r.header("Retry-After", fault.retryAfterSeconds()) : r)
                    .build();
        }
        Object[] row = db().one("SELECT envelope, killmail_id FROM sim_r2z2_killmail WHERE sequence_id = ?",
                rs -> new Object[] {rs.getString(1), rs.getLong(2)}, sequence);
        if (row == null) {
            state.notFound(reader(), now);
            return Response.status(404).build();
        }
        state.served((Long) row[1], now);
        return Response.ok(row[0]).header("Cache-Control", "public, max-age=86400").build();
    }

    /** One reader: its address and User-Agent (the tests' own HTTP client is not Bastion's feed). */
    private String reader() {
        return http.getRemoteAddr() + " " + http.getHeader("User-Agent");
    }

    @POST
    @Path("killmails")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(String body) {
        JsonObject envelope;
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            envelope = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return badRequest("The body is not a JSON object");
        }
        String problem = problem(envelope);
        if (problem != null) {
            return badRequest(problem);
        }
        long sequence = publish(db(), envelope);
        return Response.status(201).entity(Json.createObjectBuilder().add("sequence_id", sequence).build()).build();
    }

    /** Test control: {"status": 429|5xx, "count": N, "retry_after": seconds}: the next N killmail files answer so. */
    @POST
    @Path("faults/http")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response httpFaults(JsonObject fault) {
        int status = fault.getInt("status", 0);
        int count = fault.getInt("count", 1);
        if ((status != 429 && status < 500) || count < 1) {
            return Response.status(400).entity(Json.createObjectBuilder()
                    .add("error", "status must be 429 or 5xx and count at least 1").build()).build();
        }
        state.add(status, count, fault.getInt("retry_after", 0));
        return Response.noContent().build();
    }

    /**
     * How many killmail files were requested so far, how many of those came too soon after a 404
     * (answered 429), and how many times {@code sequence.json} was asked.
     */
    @GET
    @Path("requests")
    public Response requests() {
        return Response.ok(Json.createObjectBuilder().add("requests", state.requests()).add("too_soon", state.tooSoon())
                .add("sequence_requests", state.sequenceRequests()).build()).build();
    }

    /** When each killmail was first served, as {"<killmail_id>": epoch millis}: the moment its reader read it. */
    @GET
    @Path("served")
    public Response served() {
        jakarta.json.JsonObjectBuilder b = Json.createObjectBuilder();
        state.firstServed().forEach((id, at) -> b.add(String.valueOf(id), at.toEpochMilli()));
        return Response.ok(b.build()).build();
    }

    /**
     * Test control: publishes the body exactly as given at the next sequence (a malformed envelope),
     * or with {"hole": true} burns a sequence that will never be published.
     */
    @POST
    @Path("faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response fault(String body) {
        long sequence = nextSequence(db());
        if (body != null && body.replace(" ", "").equals("{\"hole\":true}")) {
            return Response.status(201).entity(Json.createObjectBuilder().add("sequence_id", sequence).add("hole", true)
                    .build()).build();
        }
        db().update("INSERT INTO sim_r2z2_killmail (sequence_id, killmail_id, envelope) VALUES (?,?,?)", sequence, 0L,
                body == null ? "" : body);
        return Response.status(201).entity(Json.createObjectBuilder().add("sequence_id", sequence).build()).build();
    }

    /** Stores a valid envelope at the next sequence; the generator publishes through here too. */
    public static long publish(SimDb db, JsonObject envelope) {
        long killmailId = envelope.getJsonNumber("killmail_id").longValue();
        // The sequence is assigned first so that the stored envelope carries its own sequence_id, as R2Z2's do.
        long sequence = nextSequence(db);
        JsonObject stored = Json.createObjectBuilder(envelope).add("sequence_id", sequence)
                .add("uploaded_at", Instant.now().getEpochSecond()).build();
        db.update("INSERT INTO sim_r2z2_killmail (sequence_id, killmail_id, envelope) VALUES (?,?,?)", sequence,
                killmailId, stored.toString());
        return sequence;
    }

    private static long nextSequence(SimDb db) {
        return db.one("SELECT nextval(pg_get_serial_sequence('sim_r2z2_killmail', 'sequence_id'))", rs -> rs.getLong(1));
    }

    static String problem(JsonObject e) {
        if (e.get("killmail_id") == null || e.get("killmail_id").getValueType() != JsonValue.ValueType.NUMBER) {
            return "killmail_id must be a number";
        }
        if (e.get("hash") == null || e.get("hash").getValueType() != JsonValue.ValueType.STRING) {
            return "hash must be a string";
        }
        if (!(e.get("zkb") instanceof JsonObject)) {
            return "zkb must be an object";
        }
        if (!(e.get("esi") instanceof JsonObject esi)) {
            return "esi must be an object";
        }
        if (esi.get("killmail_time") == null || esi.get("killmail_time").getValueType() != JsonValue.ValueType.STRING) {
            return "esi.killmail_time must be a string";
        }
        if (esi.get("solar_system_id") == null || esi.get("solar_system_id").getValueType() != JsonValue.ValueType.NUMBER) {
            return "esi.solar_system_id must be a number";
        }
        if (!(esi.get("victim") instanceof JsonObject)) {
            return "esi.victim must be an object";
        }
        if (esi.get("attackers") == null || esi.get("attackers").getValueType() != JsonValue.ValueType.ARRAY) {
            return "esi.attackers must be an array";
        }
        return null;
    }

    private static Response badRequest(String message) {
        return Response.status(400).entity(Json.createObjectBuilder()
                .add("error", "Not an R2Z2 envelope: " + message).build()).build();
    }

    private SimDb db() {
        return new SimDb(dataSource);
    }
}
