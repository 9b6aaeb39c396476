package dev.bastion.killtracker.infra;

import dev.bastion.killtracker.model.Killmail;
import dev.bastion.killtracker.model.MalformedKillmailException;

import dev.bastion.esi.app.EsiClient;
import dev.bastion.esi.model.EsiException;
import dev.bastion.platform.Endpoints;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.io.StringReader;
import java.util.concurrent.TimeUnit;

/**
 * Loads any killmail by ID for the admin test run (spec 2.4): its hash and zkb block from zKillboard's
 * API, then the killmail from ESI. Failures come back as a message that says what went wrong.
 */
@ApplicationScoped
public class KillmailLookup {

    @Inject
    Endpoints endpoints;

    @Inject
    EsiClient esi;

    private ZkbApi zkb;

    @PostConstruct
    void init() {
        zkb = RestClientBuilder.newBuilder().baseUri(endpoints.zkillboardApi())
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true).build(ZkbApi.class);
    }

    /** The killmail, or an exception whose message can be shown to the admin as it is. */
    public Killmail load(long killmailId) {
        JsonObject zkbBlock;
        try (Response r = zkb.killmail(killmailId, R2z2Client.userAgent())) {
            String body = r.hasEntity() ? r.readEntity(String.class) : "";
            if (r.getStatus() != 200) {
                throw new KillmailNotFound("zKillboard answered " + r.getStatus() + " for killmail " + killmailId + ".");
            }
            JsonArray array = Json.createReader(new StringReader(body)).readArray();
            if (array.isEmpty()) {
                throw new KillmailNotFound("zKillboard does not know killmail " + killmailId + ".");
            }
            zkbBlock = array.getJsonObject(0).getJsonObject("zkb");
        } catch (ProcessingException | JsonException | ClassCastException | IllegalStateException e) {
            throw new KillmailNotFound("Failed to load killmail " + killmailId + " from zKillboard: " + e.getMessage());
        }
        if (zkbBlock == null || zkbBlock.getString("hash", null) == null) {
            throw new KillmailNotFound("zKillboard's answer for killmail " + killmailId + " has no hash.");
        }
        try {
            JsonObject killmail = esi.killmail(killmailId, zkbBlock.getString("hash"));
            return KillmailParser.parse(killmailId, killmail, zkbBlock);
        } catch (EsiException e) {
            throw new KillmailNotFound("ESI could not give killmail " + killmailId + ": " + e.getMessage());
        } catch (MalformedKillmailException e) {
            throw new KillmailNotFound("Killmail " + killmailId + " cannot be read: " + e.getMessage());
        }
    }

    /** A killmail that could not be loaded, with a message for the admin. */
    public static class KillmailNotFound extends dev.bastion.platform.Refusal {
        public KillmailNotFound(String message) {
            super(message);
        }
    }
}
