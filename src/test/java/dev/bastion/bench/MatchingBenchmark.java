package dev.bastion.bench;

import dev.bastion.eve.model.MapSystem;
import dev.bastion.eve.model.NewEdenMap;
import dev.bastion.eve.infra.BundledSde;
import dev.bastion.killtracker.model.KillWorld;
import dev.bastion.killtracker.model.Killmail;
import dev.bastion.killtracker.model.RefList;
import dev.bastion.killtracker.model.TrackerMatcher;
import dev.bastion.killtracker.model.TrackerRules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Matching throughput: killmails per second through 100 varied trackers (every clause family: space
 * classes, light years and jumps from an origin on the real map, regions, organisations, ship and weapon
 * groups and types, value, attacker counts), single-threaded, on the real map and types. Prints the
 * figures; run with {@code mvn -Pit,bench verify} (see docs/performance.md).
 */
public final class MatchingBenchmark {

    static final int TRACKERS = 100;
    static final int KILLMAILS = 20_000;

    public static void main(String[] args) {
        BundledSde sde = BundledSde.INSTANCE;
        KillWorld world = new KillWorld() {
            @Override
            public NewEdenMap map() {
                return sde.map;
            }

            @Override
            public Integer groupOf(int typeId) {
                return sde.groupOfType.get(typeId);
            }

            @Override
            public Long stateOf(long characterId) {
                return characterId % 3 == 0 ? 100L : null;
            }
        };
        Random random = new Random(42);
        List<Integer> systems = new ArrayList<>();
        for (int id = 30_000_001; id < 30_006_000; id++) {
            sde.map.system(id).map(MapSystem::id).ifPresent(systems::add);
        }
        int[] ships = {587, 603, 585, 16242, 621, 626, 629, 24702, 24698, 641, 638, 639, 29990, 22456, 11198, 19722, 23757, 3756, 34562};
        int[] weapons = {2977, 2488, 3178, 2961, 3057};
        List<TrackerRules> trackers = new ArrayList<>();
        for (int i = 0; i < TRACKERS; i++) {
            TrackerRules t = new TrackerRules().name("T" + i);
            int origin = systems.get(random.nextInt(systems.size()));
            switch (i % 10) {
                case 0 -> t.excludeHighSec(true).minValueMillions(100L);
                case 1 -> t.origin(origin).maxDistance(7.0).list(RefList.VICTIM_SHIP_GROUPS, 485, 547, 1538, 659, 30);
                case 2 -> t.origin(origin).maxJumps(10);
                case 3 -> t.list(RefList.REQUIRE_ATTACKER_ALLIANCES, 99_000_001L + random.nextInt(5)).minAttackers(5);
                case 4 -> t.list(RefList.REGIONS, sde.map.system(origin).orElseThrow().regionId()).excludeNpc(true);
                case 5 -> t.list(RefList.ATTACKER_SHIP_GROUPS, 419, 1305, 27).list(RefList.ATTACKER_WEAPON_TYPES, 2977);
                case 6 -> t.list(RefList.EXCLUDE_VICTIM_ALLIANCES, 99_000_001L, 99_000_002L).minAttackers(20).identifyFleets(true);
                case 7 -> t.list(RefList.REQUIRE_ATTACKER_STATES, 100L).excludeWar(true);
                case 8 -> t.origin(origin).maxJumps(5).excludeHighSec(true);
                default -> t.list(RefList.VICTIM_SHIP_TYPES, ships[random.nextInt(ships.length)]).maxAttackers(10);
            }
            trackers.add(t);
        }
        List<Killmail> killmails = new ArrayList<>();
        Instant now = Instant.now();
        for (int k = 0; k < KILLMAILS; k++) {
            List<Killmail.Attacker> attackers = new ArrayList<>();
            int n = random.nextInt(10) == 0 ? 20 + random.nextInt(60) : 1 + random.nextInt(8);
            for (int a = 0; a < n; a++) {
                attackers.add(new Killmail.Attacker(1000L + random.nextInt(5000), 98_000_000L + random.nextInt(50),
                        99_000_001L + random.nextInt(8), null, ships[random.nextInt(ships.length)],
                        weapons[random.nextInt(weapons.length)], 100L, a == 0, 0.0));
            }
            killmails.add(new Killmail(k, now, systems.get(random.nextInt(systems.size())), null, random.nextInt(20) == 0 ? 5L : null,
                    new Killmail.Victim(2000L + random.nextInt(5000), 98_000_000L + random.nextInt(50), 99_000_001L + random.nextInt(8),
                            null, ships[random.nextInt(ships.length)], 1000L, null),
                    attackers, new Killmail.Zkb(null, "h", 1e7, random.nextDouble() * 2e9, 1L, false, n == 1, false)));
        }
        TrackerMatcher matcher = new TrackerMatcher(world, Duration.ofMinutes(60));
        long matches = run(matcher, trackers, killmails.subList(0, 2000), now); // warm-up: JIT
        long start = System.nanoTime();
        matches = run(matcher, trackers, killmails, now);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nMATCHING BENCHMARK: %d killmails x %d trackers in %.2f s = %.0f killmails/s "
                        + "(%.0f tracker evaluations/s, %d matches, 1 thread, %d cores)%n%n", KILLMAILS, TRACKERS, seconds,
                KILLMAILS / seconds, KILLMAILS * (double) TRACKERS / seconds, matches, Runtime.getRuntime().availableProcessors());
    }

    private static long run(TrackerMatcher matcher, List<TrackerRules> trackers, List<Killmail> killmails, Instant now) {
        long matches = 0;
        for (Killmail km : killmails) {
            for (TrackerRules t : trackers) {
                if (matcher.match(t, km, now).matched()) {
                    matches++;
                }
            }
        }
        return matches;
    }
}
