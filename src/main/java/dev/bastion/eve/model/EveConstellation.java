package dev.bastion.eve.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A constellation: a handful of solar systems inside a region. */
@Entity
@Table(name = "eve_constellation")
public class EveConstellation {

    @Id
    @Column(name = "constellation_id")
    private int id;

    @Column(name = "region_id", nullable = false)
    private int regionId;

    @Column(nullable = false)
    private String name;

    @Column(name = "wormhole_class_id")
    private Integer wormholeClassId;

    protected EveConstellation() {
    }

    public int getId() {
        return id;
    }

    public int getRegionId() {
        return regionId;
    }

    public String getName() {
        return name;
    }

    public Integer getWormholeClassId() {
        return wormholeClassId;
    }
}
