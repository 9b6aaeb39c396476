package dev.bastion.killtracker.infra;

import dev.bastion.killtracker.model.Killmail;

import dev.bastion.platform.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The optional killmail store (spec 2.9): a killmail and its attackers, written once (a duplicate ID
 * leaves the first row untouched), and purged by killmail time together with old matches.
 */
public final class KillmailStore {

    private KillmailStore() {
    }

    /** True when stored, false when the killmail was already there. */
    public static boolean store(Connection c, Killmail km) throws SQLException {
        Killmail.Victim v = km.victim();
        Killmail.Zkb z = km.zkb();
        int rows;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kt_killmail (killmail_id, killmail_time, solar_system_id, "
                + "moon_id, war_id, victim_character_id, victim_corporation_id, victim_alliance_id, victim_faction_id, "
                + "victim_ship_type_id, victim_damage_taken, position_x, position_y, position_z, zkb_location_id, zkb_hash, "
                + "fitted_value, total_value, points, npc, solo, awox) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT (killmail_id) DO NOTHING")) {
            Object[] values = {km.id(), Timestamp.from(km.time()), km.solarSystemId(), km.moonId(), km.warId(),
                    v.characterId(), v.corporationId(), v.allianceId(), v.factionId(), v.shipTypeId(), v.damageTaken(),
                    v.position() == null ? null : v.position().x(), v.position() == null ? null : v.position().y(),
                    v.position() == null ? null : v.position().z(), z.locationId(), z.hash(), z.fittedValue(),
                    z.totalValue(), z.points(), z.npc(), z.solo(), z.awox()};
            Sql.bind(ps, values);
            rows = ps.executeUpdate();
        }
        if (rows == 0) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kt_killmail_attacker (killmail_id, position, character_id, "
                + "corporation_id, alliance_id, faction_id, ship_type_id, weapon_type_id, damage_done, final_blow, "
                + "security_status) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            int position = 0;
            for (Killmail.Attacker a : km.attackers()) {
                Object[] values = {km.id(), position++, a.characterId(), a.corporationId(), a.allianceId(), a.factionId(),
                        a.shipTypeId(), a.weaponTypeId(), a.damageDone(), a.finalBlow(), a.securityStatus()};
                Sql.bind(ps, values);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return true;
    }

    /** Removes stored killmails and matches of killmails older than the cut-off; answers how many killmails. */
    public static int purge(Connection c, Instant olderThan) throws SQLException {
        Sql.update(c, "DELETE FROM kt_match WHERE killmail_time < ?", Timestamp.from(olderThan));
        MatchedKillmails.purge(c, olderThan);
        return Sql.update(c, "DELETE FROM kt_killmail WHERE killmail_time < ?", Timestamp.from(olderThan));
    }
}
