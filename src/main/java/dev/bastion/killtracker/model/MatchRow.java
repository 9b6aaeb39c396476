package dev.bastion.killtracker.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One matched killmail as the matches page shows it: where, what and whom it killed, who killed it, what
 * it was worth, and which trackers matched it (with the distance from each one's origin). The victim and
 * attacker columns are null for matches recorded before Bastion kept them.
 */
public record MatchRow(long killmailId, OffsetDateTime time, Integer solarSystemId, Integer shipTypeId, Double value,
                       Long victimCharacterId, Long victimCorporationId, Long victimAllianceId, Long victimFactionId,
                       Integer attackers, Long finalBlowCharacterId, Long finalBlowCorporationId, Long finalBlowAllianceId,
                       List<Hit> trackers) {

    public MatchRow {
        trackers = List.copyOf(trackers);
    }

    /** One tracker that matched the killmail, with the jumps and light years from its origin (null without one). */
    public record Hit(long trackerId, String trackerName, Integer jumps, Double distance) {
    }

    public MatchRow withTrackers(List<Hit> hits) {
        return new MatchRow(killmailId, time, solarSystemId, shipTypeId, value, victimCharacterId, victimCorporationId,
                victimAllianceId, victimFactionId, attackers, finalBlowCharacterId, finalBlowCorporationId,
                finalBlowAllianceId, hits);
    }
}
