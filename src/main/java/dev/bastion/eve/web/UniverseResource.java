package dev.bastion.eve.web;

import dev.bastion.eve.model.EveType;
import dev.bastion.eve.app.EveTypes;
import dev.bastion.eve.infra.UnknownTypeIds;
import dev.bastion.eve.app.Universe;
import dev.bastion.eve.model.MapSystem;
import dev.bastion.eve.model.NewEdenMap;
import dev.bastion.esi.model.EsiException;
import dev.bastion.platform.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Read-only lookups in CCP's public static data: types (resolved through ESI when the SDE lacks them)
 * and map answers between two solar systems. Nothing here is private to the alliance, but a type that
 * would have to be asked of ESI needs a login: every ID ESI refuses spends the portal's shared ESI error
 * limit, and anonymous visitors must not be able to spend it.
 */
@Path("universe")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class UniverseResource {

    @Inject
    EveTypes types;

    @Inject
    Universe universe;

    @Inject
    CurrentUser me;

    @GET
    @Path("types/{typeId}")
    public Response type(@PathParam("typeId") int typeId) {
        if (!UnknownTypeIds.plausible(typeId)) {
            return error(Response.Status.NOT_FOUND, "No EVE type has ID " + typeId
                    + ": type IDs run from 1 to " + UnknownTypeIds.MAX_PLAUSIBLE);
        }
        Optional<EveType> stored = types.stored(typeId);
        if (stored.isEmpty() && !me.isLoggedIn()) {
            return error(Response.Status.UNAUTHORIZED, "Type " + typeId
                    + " is not in the SDE; log in to have Bastion ask ESI for it");
        }
        try {
            return (stored.isPresent() ? stored : types.type(typeId))
                    .map(t -> {
                        JsonObjectBuilder b = Json.createObjectBuilder().add("type_id", t.getId())
                                .add("name", t.getName()).add("group_id", t.getGroupId())
                                .add("origin", t.getOrigin().name());
                        types.group(t.getGroupId()).ifPresent(g -> b.add("group_name", g.getName())
                                .add("category_id", g.getCategoryId()));
                        return Response.ok(b.build()).build();
                    })
                    .orElseGet(() -> error(Response.Status.NOT_FOUND, "Type " + typeId + " is unknown to the SDE and to ESI"));
        } catch (EsiException e) {
            return error(Response.Status.SERVICE_UNAVAILABLE, "Type " + typeId
                    + " is not in the SDE and ESI could not be asked: " + e.getMessage() + ". Try again later.");
        }
    }

    @GET
    @Path("route")
    public Response route(@QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            return error(Response.Status.BAD_REQUEST, "Give both solar system IDs: ?from=30000142&to=30002187");
        }
        NewEdenMap map = universe.map();
        if (map.system(from).isEmpty() || map.system(to).isEmpty()) {
            return error(Response.Status.NOT_FOUND, "Unknown solar system " + (map.system(from).isEmpty() ? from : to));
        }
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("from", system(map.system(from).orElseThrow()))
                .add("to", system(map.system(to).orElseThrow()));
        put(b, "jumps", map.jumps(from, to));
        put(b, "jumps_avoiding_high_sec", map.jumpsAvoidingHighSec(from, to));
        OptionalDouble ly = map.lightYears(from, to);
        if (ly.isPresent()) {
            b.add("light_years", Math.round(ly.getAsDouble() * 1000) / 1000.0);
        }
        return Response.ok(b.build()).build();
    }

    private static JsonObject system(MapSystem s) {
        return Json.createObjectBuilder().add("solar_system_id", s.id()).add("name", s.name())
                .add("security_status", s.securityStatus()).add("space_class", s.spaceClass().name()).build();
    }

    private static void put(JsonObjectBuilder b, String key, OptionalInt value) {
        if (value.isPresent()) {
            b.add(key, value.getAsInt());
        } else {
            b.addNull(key);
        }
    }

    static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", message).build()).build();
    }
}
