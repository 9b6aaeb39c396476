package dev.bastion.eve.model;

/** What the map graph keeps of a solar system: identity, position in metres and security. */
public record MapSystem(int id, String name, int constellationId, int regionId, double securityStatus,
                        double x, double y, double z) {

    public SpaceClass spaceClass() {
        return SpaceClass.of(id, regionId, securityStatus);
    }
}
