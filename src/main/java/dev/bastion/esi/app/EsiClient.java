package dev.bastion.esi.app;

import dev.bastion.platform.Backoff;
import dev.bastion.esi.infra.EsiApi;
import dev.bastion.esi.model.EsiGateway;
import dev.bastion.esi.model.EsiGovernor;
import dev.bastion.esi.model.EsiPriority;
import dev.bastion.esi.infra.EsiRequestHeaders;
import dev.bastion.esi.model.EsiResponse;
import dev.bastion.esi.infra.JdbcEsiCache;

import dev.bastion.platform.BastionVersion;
import dev.bastion.platform.Endpoints;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import javax.sql.DataSource;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Bastion's typed ESI client: one method per route, each going through the {@link EsiGateway} (cache,
 * limits, retries) over a MicroProfile REST Client whose base URL is ESI or, in demo mode, the simulator.
 * Each call runs at the calling thread's {@link EsiPriority}.
 */
@ApplicationScoped
public class EsiClient {

    private static final Logger LOG = Logger.getLogger(EsiClient.class.getName());
    /** ESI takes at most 1000 IDs per call to the bulk routes. */
    static final int BULK_LIMIT = 1000;
    private static final String PUBLIC = "public";

    @Inject
    Endpoints endpoints;

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "bastion.esi.compatibility-date", defaultValue = "2025-12-16")
    String compatibilityDate;

    @Inject
    @ConfigProperty(name = "bastion.esi.user-agent.contact")
    java.util.Optional<String> contact;

    @Inject
    @ConfigProperty(name = "bastion.esi.connect-timeout-seconds", defaultValue = "10")
    int connectTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "bastion.esi.read-timeout-seconds", defaultValue = "30")
    int readTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "bastion.esi.max-attempts", defaultValue = "4")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "bastion.esi.retry-base-millis", defaultValue = "500")
    long retryBaseMillis;

    @Inject
    @ConfigProperty(name = "bastion.esi.max-wait-seconds", defaultValue = "60")
    long maxWaitSeconds;

    @Inject
    @ConfigProperty(name = "bastion.esi.error-limit-floor", defaultValue = "10")
    int errorLimitFloor;

    @Inject
    @ConfigProperty(name = "bastion.esi.error-limit-background-floor", defaultValue = "30")
    int backgroundErrorLimitFloor;

    @Inject
    @ConfigProperty(name = "bastion.esi.interactive-max-wait-millis", defaultValue = "500")
    long interactiveMaxWaitMillis;

    @Inject
    @ConfigProperty(name = "bastion.esi.names.error-reserve", defaultValue = "50")
    int namesErrorReserve;

    private EsiApi api;
    private EsiGovernor governor;
    private EsiGateway gateway;

    @PostConstruct
    void init() {
        if (contact.isEmpty() && !endpoints.simulatorEnabled()) {
            LOG.warning("bastion.esi.user-agent.contact is empty: CCP asks every ESI client for a contact address");
        }
        api = RestClientBuilder.newBuilder()
                .baseUri(endpoints.esi())
                .connectTimeout(connectTimeoutSeconds, TimeUnit.SECONDS)
                .readTimeout(readTimeoutSeconds, TimeUnit.SECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .register(new EsiRequestHeaders(BastionVersion.userAgent(contact.orElse("")), compatibilityDate))
                .build(EsiApi.class);
        governor = new EsiGovernor(errorLimitFloor, backgroundErrorLimitFloor);
        gateway = new EsiGateway(governor, new JdbcEsiCache(dataSource),
                Clock.systemUTC(), d -> Thread.sleep(d.toMillis()),
                new Backoff(Duration.ofMillis(retryBaseMillis), Duration.ofSeconds(30)),
                maxAttempts, Duration.ofSeconds(maxWaitSeconds), Duration.ofMillis(interactiveMaxWaitMillis));
    }

    public JsonObject character(long characterId) {
        return object(gateway.get("characters/" + characterId, "/characters/{character_id}", PUBLIC,
                etag -> call(a -> a.character(characterId, etag))));
    }

    public JsonObject corporation(long corporationId) {
        return object(gateway.get("corporations/" + corporationId, "/corporations/{corporation_id}", PUBLIC,
                etag -> call(a -> a.corporation(corporationId, etag))));
    }

    public JsonObject alliance(long allianceId) {
        return object(gateway.get("alliances/" + allianceId, "/alliances/{alliance_id}", PUBLIC,
                etag -> call(a -> a.alliance(allianceId, etag))));
    }

    public JsonObject type(int typeId) {
        return object(gateway.get("universe/types/" + typeId, "/universe/types/{type_id}", PUBLIC,
                etag -> call(a -> a.type(typeId, etag))));
    }

    public JsonObject group(int groupId) {
        return object(gateway.get("universe/groups/" + groupId, "/universe/groups/{group_id}", PUBLIC,
                etag -> call(a -> a.group(groupId, etag))));
    }

    public JsonObject category(int categoryId) {
        return object(gateway.get("universe/categories/" + categoryId, "/universe/categories/{category_id}", PUBLIC,
                etag -> call(a -> a.category(categoryId, etag))));
    }

    /** A killmail by ID and hash (immutable, so never cached). */
    public JsonObject killmail(long killmailId, String hash) {
        return object(gateway.send("/killmails/{killmail_id}/{killmail_hash}", PUBLIC,
                etag -> call(a -> a.killmail(killmailId, hash))));
    }

    /** Every published type ID, from all X-Pages pages of /universe/types. */
    public List<Integer> typeIds() {
        List<Integer> ids = new ArrayList<>();
        for (String page : gateway.getAllPages("universe/types", "/universe/types", PUBLIC,
                (p, etag) -> call(a -> a.typeIds(p, etag)))) {
            for (JsonValue v : array(page)) {
                ids.add(((JsonNumber) v).intValue());
            }
        }
        return ids;
    }

    /** Corporation, alliance and faction of many characters, 1000 per call. */
    public List<JsonObject> affiliation(Collection<Long> characterIds) {
        List<JsonObject> result = new ArrayList<>();
        for (List<Long> chunk : chunks(characterIds)) {
            for (JsonValue v : array(gateway.send("/characters/affiliation", PUBLIC, etag -> call(a -> a.affiliation(chunk))))) {
                result.add(v.asJsonObject());
            }
        }
        return result;
    }

    /**
     * Names of many IDs. ESI fails the whole call with 404 when any ID does not resolve, so a failing
     * chunk is split in halves until the unresolvable IDs are isolated and left out.
     */
    public Map<Long, JsonObject> names(Collection<Long> ids) {
        return namesWithinErrorBudget(ids).found();
    }

    /**
     * Names of many IDs, bisecting around unknown ones only while ESI's error budget stays above
     * {@code bastion.esi.names.error-reserve}: also says which IDs ESI does not know and which were not
     * asked because the budget ran low (see {@link NameResolution}).
     */
    public NameResolution.Result namesWithinErrorBudget(Collection<Long> ids) {
        return NameResolution.resolve(ids, BULK_LIMIT,
                chunk -> array(gateway.send("/universe/names", PUBLIC, etag -> call(a -> a.names(chunk)))),
                () -> governor.errorLimit().remain(java.time.Instant.now()), namesErrorReserve);
    }

    /** At most this many names in one {@code POST /universe/ids} (CCP's spec). */
    public static final int IDS_LIMIT = 500;

    /**
     * The IDs of exact names (ESI ignores case), by category as ESI answers them: "alliances",
     * "characters", "corporations", "factions", "systems" ... each a list of {@code {id, name}}; a name ESI
     * does not know is simply absent.
     */
    public JsonObject ids(List<String> names) {
        if (names.isEmpty() || names.size() > IDS_LIMIT) {
            throw new IllegalArgumentException("1 to " + IDS_LIMIT + " names per call, not " + names.size());
        }
        String body = gateway.send("/universe/ids", PUBLIC, etag -> call(a -> a.ids(names)));
        return body.isBlank() ? Json.createObjectBuilder().build() : object(body);
    }

    private EsiResponse call(Function<EsiApi, Response> request) {
        try (Response r = request.apply(api)) {
            Map<String, String> headers = new HashMap<>();
            r.getStringHeaders().forEach((k, v) -> headers.put(k, v.isEmpty() ? null : v.get(0)));
            String body = r.hasEntity() ? r.readEntity(String.class) : "";
            return new EsiResponse(r.getStatus(), body, headers);
        } catch (ProcessingException e) {
            throw new EsiGateway.TransportFailure(e.getMessage(), e);
        }
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BULK_LIMIT) {
            chunks.add(all.subList(i, Math.min(all.size(), i + BULK_LIMIT)));
        }
        return chunks;
    }

    private static JsonObject object(String body) {
        try (var r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    private static JsonArray array(String body) {
        try (var r = Json.createReader(new StringReader(body))) {
            return r.readArray();
        }
    }
}
