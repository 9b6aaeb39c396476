package dev.bastion.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** "This user owns this character", under the SSO owner hash seen when it was added. */
@Entity
@Table(name = "character_ownership")
public class CharacterOwnership {

    @Id
    @Column(name = "character_id")
    private long characterId;
    @OneToOne(optional = false)
    @JoinColumn(name = "character_id", insertable = false, updatable = false)
    private EveCharacter character;
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;
    @Column(name = "owner_hash")
    private String ownerHash;
    @Column(name = "created_at")
    private OffsetDateTime createdAt = OffsetDateTime.now();

    protected CharacterOwnership() {
    }

    public CharacterOwnership(EveCharacter character, User user, String ownerHash) {
        this.characterId = character.getId();
        this.character = character;
        this.user = user;
        this.ownerHash = ownerHash;
    }

    public long getCharacterId() {
        return characterId;
    }

    public EveCharacter getCharacter() {
        return character;
    }

    public User getUser() {
        return user;
    }

    public String getOwnerHash() {
        return ownerHash;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
