package dev.bastion.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The public name of a corporation, alliance or faction, for display. */
@Entity
@Table(name = "eve_organization")
public class EveOrganization {

    /** What the ID names. */
    public enum Kind { CORPORATION, ALLIANCE, FACTION }

    @Id
    private long id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String name;
    private String ticker;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected EveOrganization() {
    }

    public EveOrganization(long id, Kind kind, String name, String ticker) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.ticker = ticker;
        this.updatedAt = OffsetDateTime.now();
    }

    public void rename(String newName, String newTicker) {
        name = newName;
        ticker = newTicker;
        updatedAt = OffsetDateTime.now();
    }

    public long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getTicker() {
        return ticker;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
