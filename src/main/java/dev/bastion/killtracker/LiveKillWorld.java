package dev.bastion.killtracker;

import dev.bastion.esi.EsiClient;
import dev.bastion.eve.EveType;
import dev.bastion.eve.EveTypes;
import dev.bastion.eve.Universe;
import dev.bastion.eve.map.NewEdenMap;
import dev.bastion.platform.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The kill tracker's memory of the universe: map, type groups and names, and who owns which character
 * in which state. Matching reads only memory; {@link #prepare(Killmail)} fetches what a killmail names
 * that is not known yet (new types from ESI, entity names) before matching starts.
 */
@ApplicationScoped
public class LiveKillWorld implements KillWorld, KillNames {

    private static final Logger LOG = Logger.getLogger(LiveKillWorld.class.getName());
    private static final long STATES_TTL_MILLIS = 30_000;

    @Inject
    Universe universe;

    @Inject
    EveTypes eveTypes;

    @Inject
    EsiClient esi;

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    /** At most one lookup runs at a time; while one is still waiting on ESI, killmails go on without. */
    private final java.util.concurrent.atomic.AtomicBoolean lookingUp = new java.util.concurrent.atomic.AtomicBoolean();

    private final Map<Integer, Integer> typeGroups = new ConcurrentHashMap<>();
    private final Map<Integer, String> typeNames = new ConcurrentHashMap<>();
    private final Map<Integer, String> groupNames = new ConcurrentHashMap<>();
    private final Map<Integer, String> regionNames = new ConcurrentHashMap<>();
    private final Map<Long, String> entityNames = new ConcurrentHashMap<>();
    /** IDs ESI could not name, and until when not to ask again: names are cosmetic, the feed must not wait. */
    private final Map<Long, Long> unresolvable = new ConcurrentHashMap<>();
    private static final long RETRY_NAMES_MILLIS = 10 * 60_000;
    private volatile boolean loaded;
    private volatile Map<Long, Long> states = Map.of();
    private volatile long statesLoadedAt;

    @Override
    public NewEdenMap map() {
        return universe.map();
    }

    @Override
    public Integer groupOf(int typeId) {
        load();
        return typeGroups.get(typeId);
    }

    @Override
    public Long stateOf(long characterId) {
        if (System.currentTimeMillis() - statesLoadedAt > STATES_TTL_MILLIS) {
            reloadStates();
        }
        return states.get(characterId);
    }

    @Override
    public String entity(long id) {
        return entityNames.get(id);
    }

    @Override
    public String type(int typeId) {
        load();
        return typeNames.get(typeId);
    }

    @Override
    public String group(int groupId) {
        load();
        return groupNames.get(groupId);
    }

    @Override
    public String region(int regionId) {
        load();
        return regionNames.get(regionId);
    }

    /**
     * Makes the killmail's types and names known, waiting for ESI at most {@code budget}: when ESI is slow
     * or down the lookup finishes in the background and this killmail is matched and posted with what
     * is known (an unknown type cannot match a type clause; an unknown name shows as its ID).
     */
    public void prepare(Killmail km, java.time.Duration budget) {
        load();
        if (!lookingUp.compareAndSet(false, true)) {
            return; // a lookup is still stuck on ESI: do not pile up more
        }
        java.util.concurrent.Future<?> lookup;
        try {
            lookup = executor.submit(() -> {
                try {
                    lookUp(km);
                } finally {
                    lookingUp.set(false);
                }
            });
        } catch (RuntimeException e) {
            lookingUp.set(false);
            throw e;
        }
        try {
            lookup.get(budget.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            LOG.warning(() -> "ESI is slow: killmail " + km.id() + " goes on without the names and types still being looked up");
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.warning(() -> "Looking up killmail " + km.id() + "'s names failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Makes the killmail's types and names known. ESI trouble only costs names, never the killmail. */
    private void lookUp(Killmail km) {
        Set<Integer> types = new LinkedHashSet<>();
        km.attackers().forEach(a -> {
            if (a.shipTypeId() != null) {
                types.add(a.shipTypeId());
            }
            if (a.weaponTypeId() != null) {
                types.add(a.weaponTypeId());
            }
        });
        if (km.victim().shipTypeId() != null) {
            types.add(km.victim().shipTypeId());
        }
        for (Integer type : types) {
            if (!typeGroups.containsKey(type)) {
                try {
                    Optional<EveType> t = eveTypes.type(type);
                    t.ifPresent(this::remember);
                } catch (RuntimeException e) {
                    LOG.warning(() -> "Type " + type + " is unknown and ESI could not tell: " + e.getMessage());
                }
            }
        }
        resolveNames(km.entityIds());
    }

    /** Invalidates the owner/state snapshot, e.g. right after a state change in tests. */
    public void forgetStates() {
        statesLoadedAt = 0;
    }

    private void resolveNames(Collection<Long> ids) {
        Set<Long> missing = new LinkedHashSet<>();
        long now = System.currentTimeMillis();
        for (Long id : ids) {
            if (!entityNames.containsKey(id) && unresolvable.getOrDefault(id, 0L) < now) {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try {
            Map<Long, JsonObject> found = esi.names(missing);
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO eve_entity (entity_id, category, name) VALUES (?,?,?) "
                         + "ON CONFLICT (entity_id) DO UPDATE SET category = EXCLUDED.category, name = EXCLUDED.name")) {
                for (Map.Entry<Long, JsonObject> e : found.entrySet()) {
                    entityNames.put(e.getKey(), e.getValue().getString("name"));
                    ps.setLong(1, e.getKey());
                    ps.setString(2, e.getValue().getString("category", "unknown"));
                    ps.setString(3, e.getValue().getString("name"));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            missing.stream().filter(id -> !found.containsKey(id)).forEach(id -> unresolvable.put(id, now + RETRY_NAMES_MILLIS));
        } catch (RuntimeException | SQLException e) {
            missing.forEach(id -> unresolvable.put(id, now + RETRY_NAMES_MILLIS));
            LOG.warning(() -> "Names of " + missing.size() + " killmail entities are unknown for now: " + e.getMessage());
        }
    }

    private void remember(EveType t) {
        typeGroups.put(t.getId(), t.getGroupId());
        typeNames.put(t.getId(), t.getName());
        eveTypes.group(t.getGroupId()).ifPresent(g -> groupNames.put(g.getId(), g.getName()));
    }

    private void load() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            try (Connection c = dataSource.getConnection()) {
                Sql.forEach(c, "SELECT type_id, group_id, name FROM eve_type", rs -> {
                    typeGroups.put(rs.getInt(1), rs.getInt(2));
                    typeNames.put(rs.getInt(1), rs.getString(3));
                });
                Sql.forEach(c, "SELECT group_id, name FROM eve_group", rs -> groupNames.put(rs.getInt(1), rs.getString(2)));
                Sql.forEach(c, "SELECT region_id, name FROM eve_region", rs -> regionNames.put(rs.getInt(1), rs.getString(2)));
                for (String names : new String[] {"SELECT entity_id, name FROM eve_entity", "SELECT id, name FROM eve_organization",
                        "SELECT character_id, name FROM eve_character"}) {
                    Sql.forEach(c, names, rs -> entityNames.put(rs.getLong(1), rs.getString(2)));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the universe for the kill tracker", e);
            }
            // An empty universe (first start, SDE still importing) is loaded again at the next killmail.
            loaded = !typeGroups.isEmpty();
        }
    }

    private void reloadStates() {
        Map<Long, Long> fresh = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            Sql.forEach(c, "SELECT o.character_id, u.state_id FROM character_ownership o JOIN app_user u ON u.id = o.user_id "
                    + "WHERE u.active", rs -> fresh.put(rs.getLong(1), rs.getLong(2)));
        } catch (SQLException e) {
            LOG.warning("Cannot read character owners' states: " + e.getMessage());
            return;
        }
        states = fresh;
        statesLoadedAt = System.currentTimeMillis();
    }

}
