package dev.bastion.eve.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An inventory type: a ship, module, skill, structure ... */
@Entity
@Table(name = "eve_type")
public class EveType {

    /** Where Bastion learnt of a type: the imported SDE, or ESI because the SDE did not have it. */
    public enum Origin { SDE, ESI }

    @Id
    @Column(name = "type_id")
    private int id;

    @Column(name = "group_id", nullable = false)
    private int groupId;

    @Column(nullable = false)
    private String name;

    private boolean published;

    private Double mass;

    private Double volume;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Origin origin;

    protected EveType() {
    }

    public EveType(int id, int groupId, String name, boolean published, Double mass, Double volume, Origin origin) {
        this.id = id;
        this.groupId = groupId;
        this.name = name;
        this.published = published;
        this.mass = mass;
        this.volume = volume;
        this.origin = origin;
    }

    public int getId() {
        return id;
    }

    public int getGroupId() {
        return groupId;
    }

    public String getName() {
        return name;
    }

    public boolean isPublished() {
        return published;
    }

    public Double getMass() {
        return mass;
    }

    public Double getVolume() {
        return volume;
    }

    public Origin getOrigin() {
        return origin;
    }
}
