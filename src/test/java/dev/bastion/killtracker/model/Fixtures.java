package dev.bastion.killtracker.model;

import dev.bastion.killtracker.infra.KillmailParser;

import dev.bastion.eve.model.NewEdenMap;
import dev.bastion.eve.infra.BundledSde;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The upstream fixture killmails, preprocessed as upstream's test loader does (spec 3.5): killmail id
 * copied into esi, time set to now, zkb hash = MD5 of the id; and a {@link KillWorld} on the real map
 * with the bundled SDE's types, where tests can set owners' states and fake routes.
 */
public final class Fixtures {

    public static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    public static final Map<Long, JsonObject> ENVELOPES = load();

    public static final int ABUNE = 30004984, CHARMEROUT = 30004976, HED_GP = 30001161, THERA = 31000005;
    public static final int HARAS = 30003087, SOSALA = 30003070, HUOLA = 30003067;
    public static final int SVIPUL = 34562, GNOSIS = 3756, MERLIN = 603;
    public static final int FRIGATE = 25, TACTICAL_DESTROYER = 1305, COMBAT_BATTLECRUISER = 419, PROJECTILE_WEAPON = 55;

    private Fixtures() {
    }

    private static Map<Long, JsonObject> load() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/zkb/killmails.json")) {
            Map<Long, JsonObject> out = new LinkedHashMap<>();
            for (JsonValue v : Json.createReader(in).readArray()) {
                JsonObject raw = v.asJsonObject();
                long id = raw.getJsonNumber("killmail_id").longValue();
                String hash = md5(String.valueOf(id));
                JsonObject esi = Json.createObjectBuilder(raw.getJsonObject("esi")).add("killmail_id", id)
                        .add("killmail_time", NOW.toString()).build();
                JsonObject zkb = Json.createObjectBuilder(raw.getJsonObject("zkb")).add("hash", hash)
                        .add("href", "https://esi.evetech.net/v1/killmails/" + id + "/" + hash + "/").build();
                out.put(id, Json.createObjectBuilder(raw).add("hash", hash).add("esi", esi).add("zkb", zkb).build());
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Killmail killmail(long id) {
        JsonObject e = ENVELOPES.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no fixture killmail " + id);
        }
        return KillmailParser.parseEnvelope(e);
    }

    public static List<Killmail> killmails(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(Fixtures::killmail).toList();
    }

    public static String md5(String s) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, d));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real map and types; states and routes as a test sets them. */
    public static final class World implements KillWorld {
        public final Map<Long, Long> states = new HashMap<>();
        public final Map<String, Integer> routes = new HashMap<>();
        boolean routesOnlyFromTable;

        @Override
        public NewEdenMap map() {
            return BundledSde.INSTANCE.map;
        }

        @Override
        public Integer groupOf(int typeId) {
            return BundledSde.INSTANCE.groupOfType.get(typeId);
        }

        @Override
        public Long stateOf(long characterId) {
            return states.get(characterId);
        }

        /** Routes as the spec mocks them: those in the table, every other one "no route". */
        public World route(int from, int to, int jumps) {
            routesOnlyFromTable = true;
            routes.put(from + ">" + to, jumps);
            return this;
        }

        @Override
        public OptionalInt jumps(int from, int to, boolean avoidHighSec) {
            if (!routesOnlyFromTable) {
                return KillWorld.super.jumps(from, to, avoidHighSec);
            }
            Integer j = routes.get(from + ">" + to);
            return j == null ? OptionalInt.empty() : OptionalInt.of(j);
        }
    }

    /** Names from the fixture entity list and the bundled SDE. */
    public static final class Names implements KillNames {
        public final Map<Long, String> entities = new HashMap<>();

        public Names() {
            try (InputStream in = Fixtures.class.getResourceAsStream("/zkb/eveentities.json")) {
                for (JsonValue v : Json.createReader(in).readArray()) {
                    entities.put(v.asJsonObject().getJsonNumber("id").longValue(), v.asJsonObject().getString("name"));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String entity(long id) {
            return entities.get(id);
        }

        @Override
        public String type(int typeId) {
            return BundledSde.INSTANCE.typeNames.get(typeId);
        }

        @Override
        public String group(int groupId) {
            return BundledSde.INSTANCE.groupNames.get(groupId);
        }

        @Override
        public String region(int regionId) {
            return BundledSde.INSTANCE.regionNames.get(regionId);
        }
    }
}
