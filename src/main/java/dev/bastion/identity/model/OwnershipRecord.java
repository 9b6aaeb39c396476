package dev.bastion.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** History of who owned a character under which owner hash: a returning character goes back to its user. */
@Entity
@Table(name = "ownership_record")
public class OwnershipRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "character_id")
    private long characterId;
    @Column(name = "owner_hash")
    private String ownerHash;
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;
    @Column(name = "created_at")
    private OffsetDateTime createdAt = OffsetDateTime.now();

    protected OwnershipRecord() {
    }

    public OwnershipRecord(long characterId, String ownerHash, User user) {
        this.characterId = characterId;
        this.ownerHash = ownerHash;
        this.user = user;
    }

    public User getUser() {
        return user;
    }
}
