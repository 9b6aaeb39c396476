package dev.bastion.simulator.discord;

import dev.bastion.simulator.SimDb;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import dev.bastion.notify.infra.DiscordLimits;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import javax.sql.DataSource;
import java.io.StringReader;
import java.util.List;

/**
 * A Discord webhook endpoint that keeps what it receives: checks payloads against Discord's limits
 * (400 with Discord's error shape), answers with Discord's rate-limit headers and 429s, and plays
 * faults on demand. {@code GET messages} lists what arrived, oldest first.
 */
@Path("discord")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class DiscordSinkResource {

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @Inject
    DiscordSinkState state;

    @POST
    @Path("webhooks/{id}/{token}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response execute(@PathParam("id") String webhookId, @PathParam("token") String token,
                            @QueryParam("wait") boolean wait, String body) {
        long now = System.currentTimeMillis();
        DiscordSinkState.Fault fault = state.nextFault(webhookId);
        if (fault != null && fault.status() == 429) {
            return tooMany(fault.retryAfter(), webhookId);
        }
        if (fault != null && fault.status() == 404) {
            return Response.status(404).entity(Json.createObjectBuilder()
                    .add("message", "Unknown Webhook").add("code", 10015).build()).build();
        }
        if (fault != null) {
            return Response.status(fault.status()).entity(Json.createObjectBuilder()
                    .add("message", "Internal Server Error").add("code", 0).build()).build();
        }
        int remaining = state.take(webhookId, now);
        if (remaining < 0) {
            return tooMany(state.resetAfterSeconds(webhookId, now), webhookId);
        }
        JsonObject payload;
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            payload = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return invalid(List.of("The request body contains invalid JSON."), 50109);
        }
        List<String> problems = DiscordLimits.violations(payload);
        if (!problems.isEmpty()) {
            return invalid(problems, 50035);
        }
        Long id = db().one("INSERT INTO sim_discord_message (webhook_id, payload) VALUES (?, ?) RETURNING message_id",
                rs -> rs.getLong(1), webhookId, payload.toString());
        Response.ResponseBuilder r = wait
                ? Response.ok(Json.createObjectBuilder().add("id", String.valueOf(id)).add("webhook_id", webhookId)
                .add("channel_id", "1").build())
                : Response.noContent();
        return r.header("X-RateLimit-Limit", DiscordSinkState.BUCKET_LIMIT)
                .header("X-RateLimit-Remaining", remaining)
                .header("X-RateLimit-Reset-After", state.resetAfterSeconds(webhookId, now))
                .header("X-RateLimit-Bucket", "sim-" + webhookId)
                .build();
    }

    @GET
    @Path("messages")
    public Response messages(@QueryParam("webhook_id") String webhookId) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        db().query("SELECT message_id, webhook_id, payload, received_at FROM sim_discord_message "
                        + "WHERE (CAST(? AS TEXT) IS NULL OR webhook_id = CAST(? AS TEXT)) ORDER BY message_id",
                rs -> Json.createObjectBuilder().add("id", rs.getLong(1)).add("webhook_id", rs.getString(2))
                        .add("received_at", rs.getTimestamp(4).toInstant().toString())
                        .add("payload", Json.createReader(new StringReader(rs.getString(3))).readObject()).build(),
                webhookId, webhookId).forEach(out::add);
        return Response.ok(out.build()).build();
    }

    @DELETE
    @Path("messages")
    public Response clear() {
        db().update("DELETE FROM sim_discord_message");
        state.clear();
        return Response.noContent().build();
    }

    /**
     * Test control: {"status": 429|404|5xx, "count": N, "retry_after": seconds, "webhook_id": "…"}; without
     * webhook_id the next posts to any webhook answer so.
     */
    @POST
    @Path("faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response faults(JsonObject fault) {
        int status = fault.getInt("status", 0);
        int count = fault.getInt("count", 1);
        if ((status != 429 && status != 404 && status < 500) || count < 1) {
            return Response.status(400).entity(Json.createObjectBuilder()
                    .add("error", "status must be 429, 404 or 5xx and count at least 1").build()).build();
        }
        double retryAfter = fault.get("retry_after") == null ? 1.0 : fault.getJsonNumber("retry_after").doubleValue();
        state.addFaults(status, count, retryAfter, fault.getString("webhook_id", null));
        return Response.noContent().build();
    }

    private Response tooMany(double retryAfter, String webhookId) {
        return Response.status(429).entity(Json.createObjectBuilder()
                        .add("message", "You are being rate limited.").add("retry_after", retryAfter)
                        .add("global", false).build())
                .header("Retry-After", (long) Math.ceil(retryAfter))
                .header("X-RateLimit-Limit", DiscordSinkState.BUCKET_LIMIT)
                .header("X-RateLimit-Remaining", 0)
                .header("X-RateLimit-Reset-After", retryAfter)
                .header("X-RateLimit-Scope", "user")
                .header("X-RateLimit-Bucket", "sim-" + webhookId)
                .build();
    }

    private static Response invalid(List<String> problems, int code) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        problems.forEach(errors::add);
        return Response.status(400).entity(Json.createObjectBuilder().add("code", code)
                .add("message", code == 50035 ? "Invalid Form Body" : "The request body contains invalid JSON.")
                .add("errors", errors).build()).build();
    }

    private SimDb db() {
        return new SimDb(dataSource);
    }
}
