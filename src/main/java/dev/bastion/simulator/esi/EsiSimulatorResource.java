package dev.bastion.simulator.esi;

import dev.bastion.eve.app.UniverseCatalog;
import dev.bastion.eve.app.UniverseNames;
import dev.bastion.simulator.SimDb;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The simulated ESI: the public routes Bastion uses so far, served from the demo universe and the
 * loaded SDE, with ESI's manners: ETag and 304, Expires, Last-Modified, X-Pages, the error-limit
 * headers and 420 when they run out, and faults on demand (POST /sim/esi/faults).
 */
@Path("esi")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EsiSimulatorResource {

    /** How long ESI's answers stay fresh here; short, so that demo and tests see revalidation. */
    static final int CACHE_SECONDS = 30;
    static final int TYPES_PER_PAGE = 1000;

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @Inject
    EsiSimulatorState state;

    @Inject
    UniverseCatalog catalog;

    @Inject
    UniverseNames universeNames;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    @Path("characters/{id}")
    public Response character(@PathParam("id") long id) {
        return respond(() -> db().one("SELECT c.name, c.corporation_id, k.alliance_id, c.birthday, c.security_status "
                + "FROM sim_character c JOIN sim_corporation k USING (corporation_id) WHERE character_id = ?", rs -> {
                    JsonObjectBuilder b = Json.createObjectBuilder().add("name", rs.getString(1))
                            .add("corporation_id", rs.getLong(2))
                            .add("birthday", iso(rs.getTimestamp(4).toInstant()))
                            .add("security_status", rs.getDouble(5))
                            .add("bloodline_id", 1).add("race_id", 1).add("gender", "female")
                            .add("description", "");
                    long alliance = rs.getLong(3);
                    if (!rs.wasNull()) {
                        b.add("alliance_id", alliance);
                    }
                    return b.build();
                }, id), "Character not found");
    }

    @GET
    @Path("corporations/{id}")
    public Response corporation(@PathParam("id") long id) {
        return respond(() -> db().one("SELECT name, ticker, alliance_id, founded, "
                + "(SELECT count(*) FROM sim_character c WHERE c.corporation_id = k.corporation_id), "
                + "(SELECT min(character_id) FROM sim_character c WHERE c.corporation_id = k.corporation_id) "
                + "FROM sim_corporation k WHERE corporation_id = ?", rs -> {
                    JsonObjectBuilder b = Json.createObjectBuilder().add("name", rs.getString(1))
                            .add("ticker", rs.getString(2)).add("date_founded", rs.getDate(4) + "T00:00:00Z")
                            .add("member_count", rs.getLong(5)).add("ceo_id", rs.getLong(6))
                            .add("creator_id", rs.getLong(6)).add("tax_rate", 0.1);
                    long alliance = rs.getLong(3);
                    if (!rs.wasNull()) {
                        b.add("alliance_id", alliance);
                    }
                    return b.build();
                }, id), "Corporation not found");
    }

    @GET
    @Path("alliances/{id}")
    public Response alliance(@PathParam("id") long id) {
        return respond(() -> db().one("SELECT a.name, a.ticker, a.founded, "
                + "(SELECT min(corporation_id) FROM sim_corporation k WHERE k.alliance_id = a.alliance_id) "
                + "FROM sim_alliance a WHERE alliance_id = ?", rs -> Json.createObjectBuilder()
                .add("name", rs.getString(1)).add("ticker", rs.getString(2))
                .add("date_founded", rs.getDate(3) + "T00:00:00Z")
                .add("executor_corporation_id", rs.getLong(4)).add("creator_corporation_id", rs.getLong(4))
                .add("creator_id", 2_112_000_001L).build(), id), "Alliance not found");
    }

    @POST
    @Path("characters/affiliation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response affiliation(JsonArray ids) {
        return respondUncached(ids, () -> {
            if (ids.size() > 1000) {
                return error(400, "Too many IDs: at most 1000");
            }
            JsonArrayBuilder out = Json.createArrayBuilder();
            for (JsonValue v : ids) {
                long id = Long.parseLong(v.toString());
                JsonObject row = db().one("SELECT c.corporation_id, k.alliance_id FROM sim_character c "
                        + "JOIN sim_corporation k USING (corporation_id) WHERE character_id = ?", rs -> {
                            JsonObjectBuilder b = Json.createObjectBuilder().add("character_id", id)
                                    .add("corporation_id", rs.getLong(1));
                            long a = rs.getLong(2);
                            if (!rs.wasNull()) {
                                b.add("alliance_id", a);
                            }
                            return b.build();
                        }, id);
                if (row == null) {
                    return error(400, "Invalid character ID: " + id);
                }
                out.add(row);
            }
            return Response.ok(out.build().toString());
        });
    }

    @POST
    @Path("universe/names")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response names(JsonArray ids) {
        return respondUncached(ids, () -> {
            JsonArrayBuilder out = Json.createArrayBuilder();
            for (JsonValue v : ids) {
                long id = Long.parseLong(v.toString());
                JsonObject name = nameOf(id);
                if (name == null) {
                    return error(404, "Ensure all IDs are valid before resolving.");
                }
                out.add(name);
            }
            return Response.ok(out.build().toString());
        });
    }

    /** Names to IDs, exact matches ignoring case, for the pilots and organisations the simulator knows. */
    @POST
    @Path("universe/ids")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ids(JsonArray names) {
        return respondUncached(() -> {
            if (names.isEmpty() || names.size() > 500) {
                return error(400, "Between 1 and 500 names");
            }
            Map<String, JsonArrayBuilder> found = new java.util.TreeMap<>();
            for (JsonValue v : names) {
                String name = v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString() : "";
                idOf(name).ifPresent(e -> found.computeIfAbsent(e.getString("category") + "s", k -> Json.createArrayBuilder())
                        .add(Json.createObjectBuilder().add("id", e.getJsonNumber("id").longValue()).add("name", e.getString("name"))));
            }
            JsonObjectBuilder out = Json.createObjectBuilder();
            found.forEach((category, list) -> out.add(category, list));
            return Response.ok(out.build().toString());
        });
    }

    /** The entity of an exact name (ignoring case): factions, the feed's pilots, fixtures, then the simulator's tables. */
    private java.util.Optional<JsonObject> idOf(String name) {
        for (Map.Entry<Long, String> f : FACTIONS.entrySet()) {
            if (f.getValue().equalsIgnoreCase(name)) {
                return java.util.Optional.of(named(f.getKey(), f.getValue(), "faction"));
            }
        }
        for (Map.Entry<Long, String> p : dev.bastion.simulator.r2z2.KillGenerator.HOSTILE_PILOTS.entrySet()) {
            if (p.getValue().equalsIgnoreCase(name)) {
                return java.util.Optional.of(named(p.getKey(), p.getValue(), "character"));
            }
        }
        for (Map.Entry<Long, String[]> e : FIXTURE_ENTITIES.entrySet()) {
            if (e.getValue()[0].equalsIgnoreCase(name)) {
                return java.util.Optional.of(named(e.getKey(), e.getValue()[0], e.getValue()[1]));
            }
        }
        String[][] people = {
                {"character", "SELECT character_id, name FROM sim_character WHERE lower(name) = lower(?)"},
                {"corporation", "SELECT corporation_id, name FROM sim_corporation WHERE lower(name) = lower(?)"},
                {"alliance", "SELECT alliance_id, name FROM sim_alliance WHERE lower(name) = lower(?)"}};
        for (String[] l : people) {
            JsonObject e = db().one(l[1], rs -> named(rs.getLong(1), rs.getString(2), l[0]), name);
            if (e != null) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }

    @GET
    @Path("universe/types")
    public Response typeIds(@QueryParam("page") Integer page) {
        int p = page == null ? 1 : page;
        List<Integer> all = publishedTypeIds();
        int pages = Math.max(1, (all.size() + TYPES_PER_PAGE - 1) / TYPES_PER_PAGE);
        if (p < 1 || p > pages) {
            return finish(error(404, "Requested page does not exist!"));
        }
        Response.ResponseBuilder r = respondBuilder(() -> {
            JsonArrayBuilder out = Json.createArrayBuilder();
            all.subList((p - 1) * TYPES_PER_PAGE, Math.min(all.size(), p * TYPES_PER_PAGE)).forEach(out::add);
            return out.build();
        }, "");
        return finish(r.header("X-Pages", pages));
    }

    /** CCP's published types: the SDE's, as the universe holds them, and the simulator's own additions. */
    private List<Integer> publishedTypeIds() {
        java.util.TreeSet<Integer> ids = new java.util.TreeSet<>(catalog.publishedSdeTypeIds());
        ids.addAll(db().query("SELECT type_id FROM sim_type", rs -> rs.getInt(1)));
        return List.copyOf(ids);
    }

    @GET
    @Path("universe/types/{id}")
    public Response type(@PathParam("id") int id) {
        return respond(() -> simulatedType(id).or(() -> catalog.sdeType(id)).map(t -> {
            JsonObjectBuilder b = Json.createObjectBuilder().add("type_id", t.typeId())
                    .add("group_id", t.groupId()).add("name", t.name())
                    .add("published", t.published()).add("description", "");
            if (t.mass() != null) {
                b.add("mass", t.mass());
            }
            if (t.volume() != null) {
                b.add("volume", t.volume());
            }
            return b.build();
        }).orElse(null), "Type not found");
    }

    private java.util.Optional<UniverseCatalog.TypeFacts> simulatedType(int id) {
        return java.util.Optional.ofNullable(db().one("SELECT type_id, group_id, name, published, mass, volume FROM sim_type "
                + "WHERE type_id = ?", rs -> {
                    double mass = rs.getDouble(5);
                    Double m = rs.wasNull() ? null : mass;
                    double volume = rs.getDouble(6);
                    Double v = rs.wasNull() ? null : volume;
                    return new UniverseCatalog.TypeFacts(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4), m, v);
                }, id));
    }

    @GET
    @Path("universe/groups/{id}")
    public Response group(@PathParam("id") int id) {
        return respond(() -> catalog.group(id).map(g -> Json.createObjectBuilder().add("group_id", id).add("name", g.name())
                .add("category_id", g.parentId()).add("published", g.published())
                .add("types", Json.createArrayBuilder()).build()).orElse(null), "Group not found");
    }

    @GET
    @Path("universe/categories/{id}")
    public Response category(@PathParam("id") int id) {
        return respond(() -> catalog.category(id).map(c -> Json.createObjectBuilder().add("category_id", id)
                .add("name", c.name()).add("published", c.published()).add("groups", Json.createArrayBuilder()).build())
                .orElse(null), "Category not found");
    }

    /** Test control: make the next {@code count} requests under {@code path} fail. */
    /** A character changes corporation (in game), as the affiliation route will then report. Body: {"corporation_id": N}. */
    @POST
    @Path("characters/{id}/corporation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response moveCorporation(@PathParam("id") long id, JsonObject body) {
        if (!body.containsKey("corporation_id")) {
            return Response.status(400).type(MediaType.TEXT_PLAIN).entity("corporation_id is required").build();
        }
        long corp = body.getJsonNumber("corporation_id").longValue();
        if (db().one("SELECT 1 FROM sim_corporation WHERE corporation_id = ?", rs -> 1, corp) == null) {
            return Response.status(400).type(MediaType.TEXT_PLAIN).entity("Unknown corporation " + corp).build();
        }
        int n = db().update("UPDATE sim_character SET corporation_id = ? WHERE character_id = ?", corp, id);
        return n == 0 ? Response.status(404).build() : Response.noContent().build();
    }

    @POST
    @Path("faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addFault(JsonObject fault) {
        int status = fault.getInt("status", 500);
        if (!fault.containsKey("path") || status < 400 && status != 200) {
            return Response.status(400).entity(Json.createObjectBuilder()
                    .add("error", "Give path (a prefix such as /universe/types/) and status (e.g. 500, 429, 420)").build())
                    .build();
        }
        Set<Long> ids = new HashSet<>();
        if (fault.get("ids") instanceof JsonArray list) {
            list.forEach(v -> ids.add(Long.parseLong(v.toString())));
        }
        state.addFault(fault.getString("path"), status, fault.getInt("count", 1),
                fault.getJsonNumber("retry_after") == null ? 1.0 : fault.getJsonNumber("retry_after").doubleValue(),
                fault.getJsonNumber("delay_ms") == null ? 0 : fault.getJsonNumber("delay_ms").longValue(), ids);
        return Response.noContent().build();
    }

    /** Test control: the recent requests with the headers the client sent, oldest first. */
    @GET
    @Path("requests")
    public Response requests() {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Map<String, Object> r : state.requests()) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            r.forEach((k, v) -> b.add(k, v == null ? JsonValue.NULL : Json.createValue(String.valueOf(v))));
            out.add(b);
        }
        return Response.ok(out.build()).build();
    }

    @DELETE
    @Path("requests")
    public Response reset() {
        state.clear();
        return Response.noContent().build();
    }

    // --- ESI's manners -----------------------------------------------------------------------------

    private Response respond(Supplier<JsonObject> body, String notFound) {
        return finish(respondBuilder(body::get, notFound));
    }

    private Response.ResponseBuilder respondBuilder(Supplier<JsonValue> body, String notFound) {
        Response.ResponseBuilder fault = fault(JsonValue.EMPTY_JSON_ARRAY);
        if (fault != null) {
            return fault;
        }
        JsonValue value = body.get();
        if (value == null) {
            return error(404, notFound);
        }
        String json = value.toString();
        String etag = "\"" + sha1(json) + "\"";
        Instant now = Instant.now();
        Instant expires = now.plusSeconds(CACHE_SECONDS - now.getEpochSecond() % CACHE_SECONDS);
        Response.ResponseBuilder r = etag.equals(headers.getHeaderString("If-None-Match"))
                ? Response.notModified() : Response.ok(json);
        return r.header("ETag", etag)
                .header("Expires", http(expires))
                .header("Last-Modified", http(expires.minusSeconds(CACHE_SECONDS)))
                .header("Cache-Control", "public, max-age=" + (expires.getEpochSecond() - now.getEpochSecond()));
    }

    private Response respondUncached(Supplier<Response.ResponseBuilder> action) {
        return respondUncached(JsonValue.EMPTY_JSON_ARRAY, action);
    }

    /** A POST asking about a list of IDs: a fault may be aimed at requests naming one of them. */
    private Response respondUncached(JsonArray ids, Supplier<Response.ResponseBuilder> action) {
        Response.ResponseBuilder fault = fault(ids);
        return finish(fault != null ? fault : action.get());
    }

    /** Error-limit headers on every answer, error counting, the request log. */
    private Response finish(Response.ResponseBuilder builder) {
        Instant now = Instant.now();
        Response response = builder.build();
        int status = response.getStatus();
        if (status >= 400 && status != 420 && status != 429) {
            state.countError(now);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("method", request.getMethod());
        entry.put("path", "/" + uri.getPath().replaceFirst("^/?esi", "").replaceFirst("^/", ""));
        entry.put("query", uri.getRequestUri().getRawQuery());
        entry.put("status", status);
        entry.put("user_agent", headers.getHeaderString("User-Agent"));
        entry.put("compatibility_date", headers.getHeaderString("X-Compatibility-Date"));
        entry.put("if_none_match", headers.getHeaderString("If-None-Match"));
        entry.put("at", now.toString());
        state.log(entry);
        return Response.fromResponse(response)
                .header("X-ESI-Error-Limit-Remain", state.errorsRemaining(now))
                .header("X-ESI-Error-Limit-Reset", state.secondsToReset(now))
                .build();
    }

    private Response.ResponseBuilder fault(JsonArray ids) {
        Instant now = Instant.now();
        if (state.errorsRemaining(now) == 0) {
            return error(420, "This software has exceeded the error limit for ESI.")
                    .header("Retry-After", state.secondsToReset(now));
        }
        String path = "/" + uri.getPath().replaceFirst("^/?esi/?", "");
        List<Long> requestIds = new ArrayList<>();
        for (JsonValue v : ids) {
            if (v instanceof jakarta.json.JsonNumber n) {
                requestIds.add(n.longValue());
            }
        }
        EsiSimulatorState.Fault f = state.takeFault(path, requestIds);
        if (f == null) {
            return null;
        }
        if (f.delayMillis > 0) {
            try {
                Thread.sleep(f.delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (f.status == 200) {
            return null;
        }
        Response.ResponseBuilder r = error(f.status, switch (f.status) {
            case 420 -> "This software has exceeded the error limit for ESI.";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            case 504 -> "Timeout contacting tranquility";
            default -> "Internal server error";
        });
        if (f.status == 420 || f.status == 429) {
            r.header("Retry-After", (long) Math.ceil(f.retryAfterSeconds));
        }
        return r;
    }

    /** NPC factions, which killmails name and the demo universe does not hold. */
    static final Map<Long, String> FACTIONS = Map.of(500001L, "Caldari State", 500002L, "Minmatar Republic",
            500003L, "Amarr Empire", 500004L, "Gallente Federation", 500010L, "Guristas Pirates",
            500011L, "Angel Cartel", 500012L, "Blood Raider Covenant", 500019L, "Sansha's Nation", 500020L, "Serpentis");

    /** A published killmail by ID and hash, from the simulated R2Z2 feed. */
    @GET
    @Path("killmails/{id}/{hash}")
    public Response killmail(@PathParam("id") long id, @PathParam("hash") String hash) {
        return respondUncached(() -> {
            String envelope = db().one("SELECT envelope FROM sim_r2z2_killmail WHERE killmail_id = ? "
                    + "ORDER BY sequence_id DESC LIMIT 1", rs -> rs.getString(1), id);
            if (envelope == null) {
                return error(404, "Killmail not found");
            }
            JsonObject e = Json.createReader(new java.io.StringReader(envelope)).readObject();
            if (!hash.equals(e.getString("hash", ""))) {
                return error(422, "Invalid killmail_id and/or killmail_hash");
            }
            return Response.ok(e.getJsonObject("esi").toString());
        });
    }

    /** The kill tracker fixtures' people (shared/fixtures/eveuniverse/eveentities.json), known to ESI as real ones are. */
    static final Map<Long, String[]> FIXTURE_ENTITIES = Map.ofEntries(
            Map.entry(1001L, new String[] {"Bruce Wayne", "character"}), Map.entry(1002L, new String[] {"Peter Parker", "character"}),
            Map.entry(1003L, new String[] {"Clark Kent", "character"}), Map.entry(1004L, new String[] {"Kara Danvers", "character"}),
            Map.entry(1011L, new String[] {"Lex Luthor", "character"}), Map.entry(1012L, new String[] {"Lara Luthor", "character"}),
            Map.entry(2001L, new String[] {"Wayne Technologies", "corporation"}), Map.entry(2011L, new String[] {"LexCorp", "corporation"}),
            Map.entry(3001L, new String[] {"Wayne Enterprise", "alliance"}), Map.entry(3011L, new String[] {"LexGlobal", "alliance"}));

    private JsonObject nameOf(long id) {
        if (FACTIONS.containsKey(id)) {
            return Json.createObjectBuilder().add("id", id).add("name", FACTIONS.get(id)).add("category", "faction").build();
        }
        if (dev.bastion.simulator.r2z2.KillGenerator.HOSTILE_PILOTS.containsKey(id)) {
            return Json.createObjectBuilder().add("id", id).add("name", dev.bastion.simulator.r2z2.KillGenerator.HOSTILE_PILOTS.get(id))
                    .add("category", "character").build();
        }
        if (FIXTURE_ENTITIES.containsKey(id)) {
            String[] e = FIXTURE_ENTITIES.get(id);
            return Json.createObjectBuilder().add("id", id).add("name", e[0]).add("category", e[1]).build();
        }
        String[][] people = {
                {"character", "SELECT name FROM sim_character WHERE character_id = ?"},
                {"corporation", "SELECT name FROM sim_corporation WHERE corporation_id = ?"},
                {"alliance", "SELECT name FROM sim_alliance WHERE alliance_id = ?"}};
        for (String[] l : people) {
            String name = db().one(l[1], rs -> rs.getString(1), id);
            if (name != null) {
                return named(id, name, l[0]);
            }
        }
        // The map and the SDE's types, as CCP's ESI knows them; the simulator's own types before the SDE's.
        for (Object[] u : new Object[][] {{"solar_system", UniverseNames.Kind.SOLAR_SYSTEM},
                {"constellation", UniverseNames.Kind.CONSTELLATION}, {"region", UniverseNames.Kind.REGION}}) {
            java.util.Optional<String> name = universeNames.name((UniverseNames.Kind) u[1], id);
            if (name.isPresent()) {
                return named(id, name.get(), (String) u[0]);
            }
        }
        if (id <= Integer.MAX_VALUE) {
            String simulated = db().one("SELECT name FROM sim_type WHERE type_id = ?", rs -> rs.getString(1), (int) id);
            java.util.Optional<String> type = simulated != null ? java.util.Optional.of(simulated)
                    : universeNames.name(UniverseNames.Kind.TYPE, id);
            if (type.isPresent()) {
                return named(id, type.get(), "inventory_type");
            }
        }
        return null;
    }

    private static JsonObject named(long id, String name, String category) {
        return Json.createObjectBuilder().add("id", id).add("name", name).add("category", category).build();
    }

    private static Response.ResponseBuilder error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", message).build().toString());
    }

    private SimDb db() {
        return new SimDb(dataSource);
    }

    static String http(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
