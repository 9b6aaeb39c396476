package dev.bastion.eve.model;

/** One row of a static-data table, whatever the file layout it came from. */
public sealed interface SdeRow {

    record Category(int id, String name, boolean published) implements SdeRow {
    }

    record Group(int id, int categoryId, String name, boolean published) implements SdeRow {
    }

    record Type(int id, int groupId, String name, boolean published, Double mass, Double volume) implements SdeRow {
    }

    record Region(int id, String name, Integer factionId, Integer wormholeClassId) implements SdeRow {
    }

    record Constellation(int id, int regionId, String name, Integer wormholeClassId) implements SdeRow {
    }

    record SolarSystem(int id, int constellationId, int regionId, String name, double securityStatus,
                       double x, double y, double z, Integer wormholeClassId) implements SdeRow {
    }

    /** A directed gate link; the gate item IDs are null when the source layout does not carry them. */
    record Stargate(int solarSystemId, int destinationSolarSystemId, Long stargateId,
                    Long destinationStargateId) implements SdeRow {
    }
}
