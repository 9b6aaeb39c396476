package dev.bastion.eve.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/**
 * The gate graph and coordinates of every solar system, held in memory and immutable: answers gate
 * jumps between two systems (shortest, or avoiding high-sec), light years, and the space class.
 * Built once per SDE import; a breadth-first search over ~8,000 systems takes well under a millisecond.
 */
public final class NewEdenMap {

    /** CCP's jump-drive light year: exactly 9.46e15 m (not the physical 9.4607e15). */
    public static final double METRES_PER_LIGHT_YEAR = 9.46e15;

    private static final NewEdenMap EMPTY = new NewEdenMap(List.of(), List.of());

    private final MapSystem[] systems;
    private final Map<Integer, Integer> indexById;
    /** Compressed adjacency: neighbours of node i are adjacency[offsets[i] .. offsets[i+1]). */
    private final int[] offsets;
    private final int[] adjacency;

    public NewEdenMap(Collection<MapSystem> systems, Collection<int[]> gateLinks) {
        this.systems = systems.toArray(new MapSystem[0]);
        this.indexById = new HashMap<>(this.systems.length * 2);
        for (int i = 0; i < this.systems.length; i++) {
            indexById.put(this.systems[i].id(), i);
        }
        int[] degree = new int[this.systems.length];
        int links = 0;
        for (int[] link : gateLinks) {
            Integer from = indexById.get(link[0]);
            if (from != null && indexById.containsKey(link[1])) {
                degree[from]++;
                links++;
            }
        }
        offsets = new int[this.systems.length + 1];
        for (int i = 0; i < degree.length; i++) {
            offsets[i + 1] = offsets[i] + degree[i];
        }
        adjacency = new int[links];
        int[] fill = Arrays.copyOf(offsets, degree.length);
        for (int[] link : gateLinks) {
            Integer from = indexById.get(link[0]);
            Integer to = indexById.get(link[1]);
            if (from != null && to != null) {
                adjacency[fill[from]++] = to;
            }
        }
    }

    public static NewEdenMap empty() {
        return EMPTY;
    }

    public int systemCount() {
        return systems.length;
    }

    public int gateLinkCount() {
        return adjacency.length;
    }

    public Optional<MapSystem> system(int solarSystemId) {
        Integer i = indexById.get(solarSystemId);
        return i == null ? Optional.empty() : Optional.of(systems[i]);
    }

    /** Space class of a known system; empty when the map does not know the system. */
    public Optional<SpaceClass> spaceClass(int solarSystemId) {
        return system(solarSystemId).map(MapSystem::spaceClass);
    }

    /**
     * Gate jumps on the shortest route; 0 for the same system; empty when there is no route or when
     * either end is outside known space (see {@link SpaceClass#isKnownSpace()}). The jumps
     * from an origin to every system are computed once and kept: trackers ask from a few origins, for
     * every killmail.
     */
    public OptionalInt jumps(int fromSystemId, int toSystemId) {
        return lookup(shortest, fromSystemId, toSystemId, i -> true);
    }

    /**
     * Gate jumps on the shortest route that enters no high-sec system on the way; the two ends may be
     * high-sec (a pilot starts where he is). Empty when every route crosses high-sec, or when either
     * end is outside known space.
     */
    public OptionalInt jumpsAvoidingHighSec(int fromSystemId, int toSystemId) {
        return lookup(avoidingHighSec, fromSystemId, toSystemId, i -> systems[i].spaceClass() != SpaceClass.HIGH_SEC);
    }

    private final Map<Integer, int[]> shortest = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, int[]> avoidingHighSec = new java.util.concurrent.ConcurrentHashMap<>();

    private OptionalInt lookup(Map<Integer, int[]> tables, int fromSystemId, int toSystemId, IntPredicate mayPassThrough) {
        Integer from = indexById.get(fromSystemId);
        Integer to = indexById.get(toSystemId);
        // Jumps, like light years, are undefined for Pochven and w-space (spec 1.4), even though Pochven's
        // 27 systems are linked by gates among themselves: this is the one place every caller asks.
        if (from == null || to == null || !systems[from].spaceClass().isKnownSpace()
                || !systems[to].spaceClass().isKnownSpace()) {
            return OptionalInt.empty();
        }
        int[] distance = tables.computeIfAbsent(from, f -> distancesFrom(f, mayPassThrough));
        return distance[to] < 0 ? OptionalInt.empty() : OptionalInt.of(distance[to]);
    }

    /** Breadth-first search over the whole graph: jumps from one system to each other, -1 if unreachable. */
    private int[] distancesFrom(int from, IntPredicate mayPassThrough) {
        int[] distance = new int[systems.length];
        Arrays.fill(distance, -1);
        int[] queue = new int[systems.length];
        int head = 0;
        int tail = 0;
        queue[tail++] = from;
        distance[from] = 0;
        while (head < tail) {
            int node = queue[head++];
            for (int k = offsets[node]; k < offsets[node + 1]; k++) {
                int next = adjacency[k];
                if (distance[next] < 0) {
                    distance[next] = distance[node] + 1;
                    // A system we may not pass through is still reachable as the end of a route.
                    if (mayPassThrough.test(next)) {
                        queue[tail++] = next;
                    }
                }
            }
        }
        return distance;
    }

    /** Straight-line distance in light years; empty when either system is unknown. */
    public OptionalDouble lightYears(int fromSystemId, int toSystemId) {
        Optional<MapSystem> a = system(fromSystemId);
        Optional<MapSystem> b = system(toSystemId);
        if (a.isEmpty() || b.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(lightYears(a.get(), b.get()));
    }

    public static double lightYears(MapSystem a, MapSystem b) {
        double dx = a.x() - b.x();
        double dy = a.y() - b.y();
        double dz = a.z() - b.z();
        return Math.sqrt(dx * dx + dy * dy + dz * dz) / METRES_PER_LIGHT_YEAR;
    }
}
