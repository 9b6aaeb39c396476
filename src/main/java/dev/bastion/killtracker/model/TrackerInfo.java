package dev.bastion.killtracker.model;

import java.util.List;

/**
 * What a match adds to the killmail for one tracker (spec 1.6): distance and jumps from the origin,
 * the ship types that made a ship clause match, and the fleet's main organisation and ship group.
 * Kept per (tracker, killmail), never shared between trackers.
 */
public record TrackerInfo(Integer jumps, Double distance, List<Integer> matchingShipTypeIds,
                          MainOrganization mainOrganization, MainShipGroup mainShipGroup) {

    public TrackerInfo {
        matchingShipTypeIds = List.copyOf(matchingShipTypeIds);
    }

    /** The alliance or corporation most attackers flew for. */
    public record MainOrganization(long id, boolean alliance, int count) {
    }

    /** The inventory group most attackers' ships belong to. */
    public record MainShipGroup(int groupId, int count) {
    }
}
