package dev.bastion.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A character's public identity and affiliation, as last read from SSO and ESI. */
@Entity
@Table(name = "eve_character")
public class EveCharacter {

    @Id
    @Column(name = "character_id")
    private long id;
    private String name;
    @Column(name = "corporation_id")
    private Long corporationId;
    @Column(name = "alliance_id")
    private Long allianceId;
    @Column(name = "faction_id")
    private Long factionId;
    @Column(name = "affiliation_checked_at")
    private OffsetDateTime affiliationCheckedAt;

    protected EveCharacter() {
    }

    public EveCharacter(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public Affiliation affiliation() {
        return new Affiliation(id, corporationId, allianceId, factionId);
    }

    /** Records a new affiliation; true when it differs from what was known. */
    public boolean updateAffiliation(Affiliation a, OffsetDateTime at) {
        boolean changed = !a.equals(affiliation());
        corporationId = a.corporationId();
        allianceId = a.allianceId();
        factionId = a.factionId();
        affiliationCheckedAt = at;
        return changed;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getCorporationId() {
        return corporationId;
    }

    public Long getAllianceId() {
        return allianceId;
    }

    public Long getFactionId() {
        return factionId;
    }

    public OffsetDateTime getAffiliationCheckedAt() {
        return affiliationCheckedAt;
    }
}
