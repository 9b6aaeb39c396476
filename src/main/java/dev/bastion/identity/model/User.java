package dev.bastion.identity.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

/** A person using Bastion: created by their first EVE SSO login, known by their main character. */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @OneToOne
    @JoinColumn(name = "main_character_id")
    private EveCharacter main;
    @ManyToOne(optional = false)
    @JoinColumn(name = "state_id")
    private State state;
    private boolean active = true;
    private boolean superuser;
    @Column(name = "created_at")
    private OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;
    @Column(name = "welcomed_at")
    private OffsetDateTime welcomedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_permission", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "permission")
    private Set<String> permissions = new HashSet<>();

    protected User() {
    }

    public User(String username, EveCharacter main, State state) {
        this.username = username;
        this.main = main;
        this.state = state;
    }

    /** The name everyone knows this person by: their main's, or the username while they have none. */
    public String displayName() {
        return main != null ? main.getName() : username;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public EveCharacter getMain() {
        return main;
    }

    public void setMain(EveCharacter main) {
        this.main = main;
    }

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isSuperuser() {
        return superuser;
    }

    public void setSuperuser(boolean superuser) {
        this.superuser = superuser;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public void setLastLoginAt(OffsetDateTime lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    /** When the user was sent the welcome (see {@link Welcome}); null until then. */
    public OffsetDateTime getWelcomedAt() {
        return welcomedAt;
    }

    public boolean isWelcomed() {
        return welcomedAt != null;
    }

    public void markWelcomed(OffsetDateTime at) {
        if (welcomedAt == null) {
            welcomedAt = at;
        }
    }

    public Set<String> getPermissions() {
        return permissions;
    }
}
