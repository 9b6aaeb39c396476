package dev.bastion.killtracker.infra;

import dev.bastion.killtracker.model.KillNames;
import dev.bastion.killtracker.model.KillWorld;
import dev.bastion.killtracker.model.Killmail;

import dev.bastion.esi.app.EsiClient;
import dev.bastion.esi.app.NameResolution;
import dev.bastion.eve.model.EveType;
import dev.bastion.eve.app.EveTypes;
import dev.bastion.eve.app.Universe;
import dev.bastion.eve.app.UniverseNames;
import dev.bastion.identity.app.Directory;
import dev.bastion.eve.model.NewEdenMap;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The kill tracker's memory of the universe: map, type groups and names, and who owns which character
 * in which state. Matching reads only memory; {@link #prepare(Killmail)} fetches new types from ESI before
 * matching starts and queues unknown names for a background resolver that never holds a killmail.
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

    @Inject
    UniverseNames universeNames;

    @Inject
    Directory directory;

    @Resource
    ManagedExecutorService executor;

    /** How long a killmail naming a type not in the SDE waits for ESI before it is matched without it. */
    static final Duration TYPE_LOOKUP_BUDGET = Duration.ofSeconds(2);
    private static final Duration RETRY_AFTER_ESI_TROUBLE = Duration.ofMinutes(1);
    private static final int NAMES_BATCH = 1000;
    private static final int MAX_PENDING_NAMES = 50_000;

    @Inject
    @ConfigProperty(name = "bastion.killtracker.names.unknown-ttl-minutes", defaultValue = "60")
    long unknownTtlMinutes;

    /** At most one type lookup runs at a time; while one is still waiting on ESI, killmails go on without. */
    private final AtomicBoolean lookingUpTypes = new AtomicBoolean();
    /** IDs to name, resolved by one background task at a time. */
    private final Set<Long> pendingNames = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean resolvingNames = new AtomicBoolean();

    private final Map<Integer, Integer> typeGroups = new ConcurrentHashMap<>();
    private final Map<Integer, String> typeNames = new ConcurrentHashMap<>();
    private final Map<Integer, String> groupNames = new ConcurrentHashMap<>();
    private final Map<Integer, String> regionNames = new ConcurrentHashMap<>();
    private final Map<Long, String> entityNames = new ConcurrentHashMap<>();
    /** IDs ESI could not name (a negative cache): asking again would spend ESI's error budget. */
    private final UnknownIds<Long> unknownNames = new UnknownIds<>(200_000);
    private final UnknownIds<Integer> unknownTypes = new UnknownIds<>(10_000);
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
     * Makes the killmail's types known before it is matched, waiting for ESI at most
     * {@link #TYPE_LOOKUP_BUDGET} and only when the killmail names a type not in the SDE (types decide
     * ship clauses). Names never hold a killmail: those not cached are queued and resolved in the
     * background, so this post shows them as linked IDs and the next posts show the names.
     */
    public void prepare(Killmail km) {
        load();
        Instant now = Instant.now();
        Set<Integer> newTypes = new LinkedHashSet<>();
        km.attackers().forEach(a -> {
            addIfNew(newTypes, a.shipTypeId(), now);
            addIfNew(newTypes, a.weaponTypeId(), now);
        });
        addIfNew(newTypes, km.victim().shipTypeId(), now);
        if (!newTypes.isEmpty()) {
            lookUpTypes(km, newTypes);
        }
        queueNames(km.entityIds(), now);
    }

    /** Waits until every name of the killmail is known or known to be unknown, at most {@code budget}. */
    public void awaitNames(Killmail km, Duration budget) {
        long until = System.currentTimeMillis() + budget.toMillis();
        while (System.currentTimeMillis() < until) {
            Instant now = Instant.now();
            if (km.entityIds().stream().allMatch(id -> entityNames.containsKey(id) || unknownNames.isKnownUnknown(id, now))) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void addIfNew(Set<Integer> types, Integer type, Instant now) {
        if (type != null && !typeGroups.containsKey(type) && !unknownTypes.isKnownUnknown(type, now)) {
            types.add(type);
        }
    }

    private void lookUpTypes(Killmail km, Set<Integer> types) {
        if (!lookingUpTypes.compareAndSet(false, true)) {
            return; // a lookup is still stuck on ESI: do not pile up more
        }
        Future<?> lookup;
        try {
            lookup = executor.submit(() -> {
                try {
                    for (Integer type : types) {
                        try {
                            eveTypes.type(type).ifPresentOrElse(this::remember,
                                    () -> unknownTypes.remember(type, Instant.now(), unknownTtl()));
                        } catch (RuntimeException e) {
                            unknownTypes.remember(type, Instant.now(), RETRY_AFTER_ESI_TROUBLE);
                            LOG.warning(() -> "Type " + type + " is unknown and ESI could not tell: " + e.getMessage());
                        }
                    }
                } finally {
                    lookingUpTypes.set(false);
                }
            });
        } catch (RuntimeException e) {
            lookingUpTypes.set(false);
            throw e;
        }
        try {
            lookup.get(TYPE_LOOKUP_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warning(() -> "ESI is slow: killmail " + km.id() + " goes on without the types still being looked up");
        } catch (ExecutionException e) {
            LOG.warning(() -> "Looking up killmail " + km.id() + "'s types failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Queues the IDs not named yet (nor known to be unknown) and makes sure one resolver runs. */
    private void queueNames(Collection<Long> ids, Instant now) {
        for (Long id : ids) {
            if (!entityNames.containsKey(id) && !unknownNames.isKnownUnknown(id, now) && pendingNames.size() < MAX_PENDING_NAMES) {
                pendingNames.add(id);
            }
        }
        startResolver();
    }

    private void startResolver() {
        if (pendingNames.isEmpty() || !resolvingNames.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.submit(this::resolvePendingNames);
        } catch (RuntimeException e) {
            resolvingNames.set(false);
            LOG.warning(() -> "Cannot start resolving killmail names: " + e.getMessage());
        }
    }

    /** The background resolver: takes the queued IDs in batches until none is left. */
    private void resolvePendingNames() {
        try {
            while (!pendingNames.isEmpty()) {
                List<Long> batch = new ArrayList<>();
                for (Long id : pendingNames) {
                    if (batch.size() == NAMES_BATCH) {
                        break;
                    }
                    batch.add(id);
                }
                pendingNames.removeAll(batch);
                resolveNames(batch);
            }
        } finally {
            resolvingNames.set(false);
        }
        startResolver(); // IDs queued while the last batch was on its way
    }

    /** Invalidates the owner/state snapshot, e.g. right after a state change in tests. */
    public void forgetStates() {
        statesLoadedAt = 0;
    }

    /**
     * Asks ESI for names within its error budget. IDs ESI does not know are not asked again for
     * {@code names.unknown-ttl-minutes}; IDs left unasked (budget low) or caught in an ESI failure are
     * asked again after a minute, when they next appear on a killmail.
     */
    private void resolveNames(List<Long> ids) {
        Instant now = Instant.now();
        List<Long> missing = ids.stream().filter(id -> !entityNames.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            NameResolution.Result r = esi.namesWithinErrorBudget(missing);
            Map<Long, UniverseNames.Entity> found = new HashMap<>();
            for (Map.Entry<Long, JsonObject> e : r.found().entrySet()) {
                found.put(e.getKey(), new UniverseNames.Entity(e.getValue().getString("category", "unknown"),
                        e.getValue().getString("name")));
            }
            // Memory first: a killmail read while the names are being stored already shows them.
            found.forEach((id, entity) -> entityNames.put(id, entity.name()));
            universeNames.rememberEntities(found);
            r.unknown().forEach(id -> unknownNames.remember(id, now, unknownTtl()));
            r.unasked().forEach(id -> unknownNames.remember(id, now, RETRY_AFTER_ESI_TROUBLE));
            if (!r.unasked().isEmpty()) {
                LOG.fine(() -> r.unasked().size() + " killmail names wait for ESI's error budget to recover");
            }
        } catch (RuntimeException e) {
            missing.forEach(id -> unknownNames.remember(id, now, RETRY_AFTER_ESI_TROUBLE));
            LOG.warning(() -> "Names of " + missing.size() + " killmail entities are unknown for now: " + e.getMessage());
        }
    }

    private Duration unknownTtl() {
        return Duration.ofMinutes(Math.max(1, unknownTtlMinutes));
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
            universeNames.typeGroups().forEach(t -> {
                typeGroups.put(t.typeId(), t.groupId());
                typeNames.put(t.typeId(), t.name());
            });
            groupNames.putAll(universeNames.groupNames());
            regionNames.putAll(universeNames.regionNames());
            entityNames.putAll(universeNames.entityNames());
            entityNames.putAll(directory.knownNames());
            // An empty universe (first start, SDE still importing) is loaded again at the next killmail.
            loaded = !typeGroups.isEmpty();
        }
    }

    private void reloadStates() {
        Map<Long, Long> fresh;
        try {
            fresh = directory.ownersStates();
        } catch (RuntimeException e) {
            LOG.warning("Cannot read character owners' states: " + e.getMessage());
            return;
        }
        states = fresh;
        statesLoadedAt = System.currentTimeMillis();
    }

}
