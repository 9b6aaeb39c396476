package dev.bastion.eve.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A solar system with its raw security status and cluster coordinates in metres. */
@Entity
@Table(name = "eve_solar_system")
public class EveSolarSystem {

    @Id
    @Column(name = "solar_system_id")
    private int id;

    @Column(name = "constellation_id", nullable = false)
    private int constellationId;

    @Column(name = "region_id", nullable = false)
    private int regionId;

    @Column(nullable = false)
    private String name;

    @Column(name = "security_status", nullable = false)
    private double securityStatus;

    private double x;

    private double y;

    private double z;

    @Column(name = "wormhole_class_id")
    private Integer wormholeClassId;

    protected EveSolarSystem() {
    }

    public int getId() {
        return id;
    }

    public int getConstellationId() {
        return constellationId;
    }

    public int getRegionId() {
        return regionId;
    }

    public String getName() {
        return name;
    }

    public double getSecurityStatus() {
        return securityStatus;
    }

    public double getX() {
        return x;
    }

    public double getY() {
        return y;
    }

    public double getZ() {
        return z;
    }

    public Integer getWormholeClassId() {
        return wormholeClassId;
    }
}
