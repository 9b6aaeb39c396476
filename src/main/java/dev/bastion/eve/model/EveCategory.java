package dev.bastion.eve.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An inventory category (6 = Ship, 65 = Structure ...). */
@Entity
@Table(name = "eve_category")
public class EveCategory {

    @Id
    @Column(name = "category_id")
    private int id;

    @Column(nullable = false)
    private String name;

    private boolean published;

    protected EveCategory() {
    }

    public EveCategory(int id, String name, boolean published) {
        this.id = id;
        this.name = name;
        this.published = published;
    }

    public int getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isPublished() {
        return published;
    }
}
