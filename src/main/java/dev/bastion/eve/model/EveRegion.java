package dev.bastion.eve.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region of New Eden, wormhole space or the Abyss. */
@Entity
@Table(name = "eve_region")
public class EveRegion {

    @Id
    @Column(name = "region_id")
    private int id;

    @Column(nullable = false)
    private String name;

    @Column(name = "faction_id")
    private Integer factionId;

    @Column(name = "wormhole_class_id")
    private Integer wormholeClassId;

    protected EveRegion() {
    }

    public int getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Integer getFactionId() {
        return factionId;
    }

    public Integer getWormholeClassId() {
        return wormholeClassId;
    }
}
