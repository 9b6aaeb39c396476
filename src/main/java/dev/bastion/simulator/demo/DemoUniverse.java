package dev.bastion.simulator.demo;

import dev.bastion.platform.Endpoints;
import dev.bastion.simulator.SimDb;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;

/**
 * Seeds the simulator's people at the first start in demo mode: a deterministic alliance with several
 * corporations, a blue alliance, an unaffiliated corporation, and players (accounts) each owning a
 * main and alts. Running again changes nothing, so demo data survives restarts.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoUniverse {

    private static final Logger LOG = Logger.getLogger(DemoUniverse.class.getName());

    /** The demo alliance everyone important belongs to. */
    public static final long ALLIANCE_ID = 99_000_001L;
    public static final long BLUE_ALLIANCE_ID = 99_000_002L;

    record Corp(long id, String name, String ticker, Long allianceId) {
    }

    record Pilot(long id, String name, String account, long corporationId, double securityStatus) {
    }

    static final List<Corp> CORPORATIONS = List.of(
            new Corp(98_000_001L, "Iron Wardens", "IRWD", ALLIANCE_ID),
            new Corp(98_000_002L, "Holdfast Industries", "HOLD", ALLIANCE_ID),
            new Corp(98_000_003L, "Void Lantern Logistics", "VLL", ALLIANCE_ID),
            new Corp(98_000_004L, "Blue Horizon Friends", "BHF", BLUE_ALLIANCE_ID),
            new Corp(98_000_005L, "Lone Drifter Corp", "LDRF", null));

    static final List<Pilot> PILOTS = List.of(
            new Pilot(2_112_000_001L, "Aria Valen", "aria", 98_000_001L, 4.2),
            new Pilot(2_112_000_002L, "Aria Cynosure", "aria", 98_000_001L, 0.5),
            new Pilot(2_112_000_003L, "Aria Hauler", "aria", 98_000_003L, 2.0),
            new Pilot(2_112_000_004L, "Borin Kestrel", "borin", 98_000_001L, -1.3),
            new Pilot(2_112_000_005L, "Borin Ironside", "borin", 98_000_002L, 1.1),
            new Pilot(2_112_000_006L, "Cass Morrow", "cass", 98_000_002L, 3.3),
            new Pilot(2_112_000_007L, "Dax Orlan", "dax", 98_000_003L, 0.0),
            new Pilot(2_112_000_008L, "Dax Scout", "dax", 98_000_003L, -4.9),
            new Pilot(2_112_000_009L, "Eira Solberg", "eira", 98_000_004L, 5.0),
            new Pilot(2_112_000_010L, "Finn Drifter", "finn", 98_000_005L, -0.2),
            new Pilot(2_112_000_011L, "Gwen Ashford", "gwen", 98_000_001L, 2.7),
            new Pilot(2_112_000_012L, "Gwen Freighter", "gwen", 98_000_002L, 0.8),
            new Pilot(2_112_000_013L, "Hana Reyes", "hana", 98_000_002L, 1.9),
            new Pilot(2_112_000_014L, "Ivo Stark", "ivo", 98_000_003L, -0.6),
            new Pilot(2_112_000_015L, "Jora Venn", "jora", 98_000_002L, 1.1),
            new Pilot(2_112_000_016L, "Kael Dorn", "kael", 98_000_001L, 0.2));

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @Inject
    Endpoints endpoints;

    @PostConstruct
    void seed() {
        if (!endpoints.simulatorEnabled()) {
            return;
        }
        SimDb db = new SimDb(dataSource);
        Long alliances = db.one("SELECT count(*) FROM sim_alliance", rs -> rs.getLong(1));
        if (alliances != null && alliances > 0) {
            return;
        }
        db.update("INSERT INTO sim_alliance VALUES (?,?,?,?) ON CONFLICT DO NOTHING", ALLIANCE_ID, "Bastion Demo Alliance",
                "BSTN", Date.valueOf(LocalDate.of(2012, 5, 1)));
        db.update("INSERT INTO sim_alliance VALUES (?,?,?,?) ON CONFLICT DO NOTHING", BLUE_ALLIANCE_ID, "Friendly Neighbours",
                "FRND", Date.valueOf(LocalDate.of(2015, 9, 12)));
        for (Corp c : CORPORATIONS) {
            db.update("INSERT INTO sim_corporation VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING", c.id(), c.name(), c.ticker(),
                    c.allianceId(), Date.valueOf(LocalDate.of(2010, 1, 1).plusDays(c.id() % 1000 * 97)));
        }
        for (Pilot p : PILOTS) {
            db.update("INSERT INTO sim_character VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING", p.id(), p.name(),
                    p.account(), p.corporationId(),
                    Timestamp.from(Instant.parse("2016-06-01T12:00:00Z").plusSeconds((p.id() % 1000) * 86_400 * 41)),
                    p.securityStatus(), ownerHash(p.account(), p.id()));
        }
        // Lancer dreadnoughts came after the bundled 2018 type list: ESI must fill them in.
        String[][] lancers = {{"90000001", "Karura"}, {"90000002", "Hubris"}, {"90000003", "Valravn"}, {"90000004", "Bane"}};
        for (String[] t : lancers) {
            db.update("INSERT INTO sim_type (type_id, group_id, name, published, mass, volume) VALUES (?,?,?,TRUE,?,?) "
                    + "ON CONFLICT DO NOTHING", Integer.parseInt(t[0]), 4594, t[1], 1.1e9, 1.4e7);
        }
        LOG.info(() -> "Demo universe seeded: " + CORPORATIONS.size() + " corporations, " + PILOTS.size() + " characters");
    }

    /** CCP's owner hash is 28 characters of base64; the simulator derives it from the account and character. */
    public static String ownerHash(String account, long characterId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((account + ":" + characterId).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
