package dev.bastion.eve.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An inventory group (30 = Titan, 485 = Dreadnought ...), inside a category. */
@Entity
@Table(name = "eve_group")
public class EveGroup {

    @Id
    @Column(name = "group_id")
    private int id;

    @Column(name = "category_id", nullable = false)
    private int categoryId;

    @Column(nullable = false)
    private String name;

    private boolean published;

    protected EveGroup() {
    }

    public EveGroup(int id, int categoryId, String name, boolean published) {
        this.id = id;
        this.categoryId = categoryId;
        this.name = name;
        this.published = published;
    }

    public int getId() {
        return id;
    }

    public int getCategoryId() {
        return categoryId;
    }

    public String getName() {
        return name;
    }

    public boolean isPublished() {
        return published;
    }
}
