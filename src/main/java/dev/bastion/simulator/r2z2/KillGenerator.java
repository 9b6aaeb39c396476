package dev.bastion.simulator.r2z2;

import dev.bastion.eve.app.Universe;
import dev.bastion.eve.model.MapSystem;
import dev.bastion.eve.model.NewEdenMap;
import dev.bastion.platform.Endpoints;
import dev.bastion.simulator.SimDb;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Publishes realistic kills on the simulated R2Z2 feed in demo mode: real ships and systems around the
 * demo staging system (Amamake) and elsewhere, demo pilots as attackers, now and then a capital or a
 * fight with dozens of attackers, so a newcomer sees trackers post from the first minute.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "Universe"})
@TransactionManagement(TransactionManagementType.BEAN)
public class KillGenerator {

    private static final Logger LOG = Logger.getLogger(KillGenerator.class.getName());
    /** The demo alliance's staging system: Amamake, low-sec in Heimatar. */
    public static final int STAGING_SYSTEM_ID = 30002537;
    static final int[] SUBCAPS = {587, 603, 585, 16242, 621, 626, 629, 24702, 24698, 641, 638, 639, 29990, 22456, 11198};
    static final int[] CAPITALS = {19722, 19720, 19724, 19726, 23757, 23911, 24483, 23915, 37604, 37606};
    static final int[] WEAPONS = {2977, 2488, 3178, 2961, 3057};
    static final long[] HOSTILE_CORPS = {98_000_005L};
    /** Victims outside the demo alliance, named by the simulated ESI like any other character. */
    public static final java.util.Map<Long, String> HOSTILE_PILOTS = java.util.Map.of(95_000_001L, "Vex Harrow",
            95_000_002L, "Mira Quell", 95_000_003L, "Odo Brannik", 95_000_004L, "Sable Rho", 95_000_005L, "Tarn Ekko",
            95_000_006L, "Una Veil", 95_000_007L, "Kess Marrow", 95_000_008L, "Pell Ardent");
    static final long[] FACTIONS = {500010L, 500011L, 500019L};

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Endpoints endpoints;

    @Inject
    Universe universe;

    @Inject
    @ConfigProperty(name = "bastion.simulator.kills-per-minute", defaultValue = "0")
    double killsPerMinute;

    private final Random random = new Random();
    private ScheduledFuture<?> task;
    private List<Integer> nearStaging;

    @PostConstruct
    void start() {
        if (!endpoints.simulatorEnabled() || killsPerMinute <= 0) {
            return;
        }
        long periodMillis = (long) (60_000 / killsPerMinute);
        task = scheduler.scheduleAtFixedRate(this::publishOne, 5_000, periodMillis, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Simulated zKillboard publishes " + killsPerMinute + " kills per minute");
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void publishOne() {
        try {
            R2z2SimulatorResource.publish(new SimDb(dataSource), next());
        } catch (RuntimeException e) {
            LOG.warning("Kill generator: " + e.getMessage());
        }
    }

    /** One plausible kill happening now. */
    JsonObject next() {
        SimDb db = new SimDb(dataSource);
        NewEdenMap map = universe.map();
        if (nearStaging == null && map.systemCount() > 0) {
            nearStaging = new ArrayList<>();
            map.system(STAGING_SYSTEM_ID).ifPresent(staging -> {
                for (int id = 30_000_001; id < 30_006_000; id++) {
                    map.system(id).filter(s -> NewEdenMap.lightYears(staging, s) <= 6).ifPresent(s -> nearStaging.add(s.id()));
                }
            });
        }
        List<Long> pilots = db.query("SELECT character_id FROM sim_character ORDER BY character_id", rs -> rs.getLong(1));
        boolean capital = random.nextInt(8) == 0;
        boolean bigFight = random.nextInt(6) == 0;
        int system = nearStaging != null && !nearStaging.isEmpty() && random.nextInt(3) > 0
                ? nearStaging.get(random.nextInt(nearStaging.size())) : randomSystem(map);
        long killmailId = db.one("SELECT coalesce(max(killmail_id), 130000000) + 1 FROM sim_r2z2_killmail "
                + "WHERE killmail_id >= 130000000", rs -> rs.getLong(1));
        String hash = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(20).putLong(killmailId).putLong(random.nextLong()).array());
        int victimShip = capital ? CAPITALS[random.nextInt(CAPITALS.length)] : SUBCAPS[random.nextInt(SUBCAPS.length)];
        long corp = HOSTILE_CORPS[random.nextInt(HOSTILE_CORPS.length)];
        JsonObjectBuilder victim = Json.createObjectBuilder().add("corporation_id", corp)
                .add("character_id", 95_000_001L + random.nextInt(HOSTILE_PILOTS.size())).add("ship_type_id", victimShip)
                .add("damage_taken", 1000 + random.nextInt(200_000)).add("items", Json.createArrayBuilder())
                .add("position", Json.createObjectBuilder().add("x", random.nextDouble() * 1e12)
                        .add("y", random.nextDouble() * 1e11).add("z", random.nextDouble() * 1e12));
        int attackerCount = bigFight ? 20 + random.nextInt(40) : 1 + random.nextInt(8);
        JsonArrayBuilder attackers = Json.createArrayBuilder();
        for (int i = 0; i < attackerCount; i++) {
            JsonObjectBuilder a = Json.createObjectBuilder();
            if (!pilots.isEmpty() && random.nextInt(10) > 0) {
                long pilot = pilots.get(random.nextInt(pilots.size()));
                Long pilotCorp = db.one("SELECT corporation_id FROM sim_character WHERE character_id = ?", rs -> rs.getLong(1), pilot);
                Long alliance = db.one("SELECT alliance_id FROM sim_corporation WHERE corporation_id = ?",
                        rs -> (Long) rs.getObject(1), pilotCorp);
                a.add("character_id", pilot).add("corporation_id", pilotCorp);
                if (alliance != null) {
                    a.add("alliance_id", alliance);
                }
            } else {
                a.add("faction_id", FACTIONS[random.nextInt(FACTIONS.length)]);
            }
            a.add("ship_type_id", SUBCAPS[random.nextInt(SUBCAPS.length)]).add("weapon_type_id", WEAPONS[random.nextInt(WEAPONS.length)])
                    .add("damage_done", random.nextInt(50_000)).add("final_blow", i == 0)
                    .add("security_status", Math.round((random.nextDouble() * 10 - 5) * 10) / 10.0);
            attackers.add(a);
        }
        double value = capital ? 1.5e9 + random.nextDouble() * 3e9 : 5e6 + random.nextDouble() * 4e8;
        String time = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        JsonObject esi = Json.createObjectBuilder().add("killmail_id", killmailId).add("killmail_time", time)
                .add("solar_system_id", system).add("victim", victim).add("attackers", attackers).build();
        JsonObject zkb = Json.createObjectBuilder().add("locationID", 40_000_000 + random.nextInt(100_000)).add("hash", hash)
                .add("fittedValue", Math.round(value * 0.8)).add("totalValue", Math.round(value * 100) / 100.0)
                .add("points", 1 + random.nextInt(100)).add("npc", false).add("solo", attackerCount == 1)
                .add("awox", false).add("href", "https://esi.evetech.net/killmails/" + killmailId + "/" + hash + "/").build();
        return Json.createObjectBuilder().add("killmail_id", killmailId).add("hash", hash).add("esi", esi).add("zkb", zkb).build();
    }

    private int randomSystem(NewEdenMap map) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int id = 30_000_001 + random.nextInt(5_500);
            if (map.system(id).isPresent()) {
                return id;
            }
        }
        return STAGING_SYSTEM_ID;
    }
}
