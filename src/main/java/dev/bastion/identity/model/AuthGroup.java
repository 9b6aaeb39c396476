package dev.bastion.identity.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A group of users: a unit of permissions, with a join policy, leaders and optional state restrictions. */
@Entity
@Table(name = "auth_group")
public class AuthGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String description = "";
    @Enumerated(EnumType.STRING)
    @Column(name = "join_policy")
    private JoinPolicy joinPolicy = JoinPolicy.REQUEST;
    @Column(name = "created_at")
    private OffsetDateTime createdAt = OffsetDateTime.now();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "group_state", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "state_id"))
    private Set<State> states = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "group_leader", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> leaders = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "group_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> members = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_permission", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "permission")
    private Set<String> permissions = new HashSet<>();

    protected AuthGroup() {
    }

    public AuthGroup(String name, String description, JoinPolicy joinPolicy) {
        this.name = name;
        this.description = description;
        this.joinPolicy = joinPolicy;
    }

    public Set<Long> stateIds() {
        return states.stream().map(State::getId).collect(Collectors.toSet());
    }

    public boolean hasMember(User u) {
        return members.stream().anyMatch(m -> m.getId().equals(u.getId()));
    }

    public boolean isLedBy(User u) {
        return leaders.stream().anyMatch(m -> m.getId().equals(u.getId()));
    }

    public String describe() {
        return "name=" + name + ", policy=" + joinPolicy + ", states=" + states.stream().map(State::getName).sorted().toList()
                + ", leaders=" + leaders.stream().map(User::displayName).sorted().toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public JoinPolicy getJoinPolicy() {
        return joinPolicy;
    }

    public void setJoinPolicy(JoinPolicy joinPolicy) {
        this.joinPolicy = joinPolicy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public Set<State> getStates() {
        return states;
    }

    public Set<User> getLeaders() {
        return leaders;
    }

    public Set<User> getMembers() {
        return members;
    }

    public Set<String> getPermissions() {
        return permissions;
    }
}
