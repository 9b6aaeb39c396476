package dev.bastion.killtracker.infra;

import dev.bastion.killtracker.model.Killmail;
import dev.bastion.platform.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The one write path of {@code kt_matched_killmail}: what the matches page shows of a killmail that matched
 * at least one tracker (victim, attackers, final blow), written on the feed's transaction with the matches,
 * once per killmail, and purged with them.
 */
public final class MatchedKillmails {

    private MatchedKillmails() {
    }

    public static void record(Connection c, Killmail km) throws SQLException {
        Killmail.Victim v = km.victim();
        Optional<Killmail.Attacker> fb = km.finalBlow();
        Sql.update(c, "INSERT INTO kt_matched_killmail (killmail_id, killmail_time, solar_system_id, victim_ship_type_id, "
                        + "total_value, victim_character_id, victim_corporation_id, victim_alliance_id, victim_faction_id, attackers, "
                        + "final_blow_character_id, final_blow_corporation_id, final_blow_alliance_id) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (killmail_id) DO NOTHING",
                km.id(), Timestamp.from(km.time()), km.solarSystemId(), v.shipTypeId(), km.zkb().totalValue(),
                v.characterId(), v.corporationId(), v.allianceId(), v.factionId(), km.attackers().size(),
                fb.map(Killmail.Attacker::characterId).orElse(null), fb.map(Killmail.Attacker::corporationId).orElse(null),
                fb.map(Killmail.Attacker::allianceId).orElse(null));
    }

    /** Removes the killmails older than the cut-off (their kt_match rows are purged by {@link KillmailStore#purge}). */
    public static int purge(Connection c, Instant olderThan) throws SQLException {
        return Sql.update(c, "DELETE FROM kt_matched_killmail WHERE killmail_time < ?", Timestamp.from(olderThan));
    }
}
