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
import java.util.Arrays;
import java.util.List;

/**
 * One SSO grant for a character: its scopes and the refresh token, stored only encrypted. A token that
 * CCP refused for good stays visible as invalid (with the reason) until its owner adds the character again.
 */
@Entity
@Table(name = "sso_token")
public class SsoToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "character_id")
    private EveCharacter character;
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;
    @Column(name = "owner_hash")
    private String ownerHash;
    private String scopes;
    @Column(name = "refresh_token_enc")
    private String refreshTokenEncrypted;
    private boolean valid = true;
    @Column(name = "invalid_reason")
    private String invalidReason;
    @Column(name = "created_at")
    private OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "refreshed_at")
    private OffsetDateTime refreshedAt;

    protected SsoToken() {
    }

    public SsoToken(EveCharacter character, User user, String ownerHash, List<String> scopes, String refreshTokenEncrypted) {
        this.character = character;
        this.user = user;
        this.ownerHash = ownerHash;
        this.scopes = String.join(" ", scopes);
        this.refreshTokenEncrypted = refreshTokenEncrypted;
    }

    public List<String> scopeList() {
        return scopes.isBlank() ? List.of() : Arrays.asList(scopes.split(" "));
    }

    public void rotated(String newRefreshTokenEncrypted, OffsetDateTime at) {
        refreshTokenEncrypted = newRefreshTokenEncrypted;
        refreshedAt = at;
    }

    public void invalidate(String reason) {
        valid = false;
        invalidReason = reason;
    }

    public Long getId() {
        return id;
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

    public String getScopes() {
        return scopes;
    }

    public String getRefreshTokenEncrypted() {
        return refreshTokenEncrypted;
    }

    public boolean isValid() {
        return valid;
    }

    public String getInvalidReason() {
        return invalidReason;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getRefreshedAt() {
        return refreshedAt;
    }
}
