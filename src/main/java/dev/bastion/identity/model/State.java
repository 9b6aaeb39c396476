package dev.bastion.identity.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A membership tier (Member, Blue, Guest...) with the organisations that qualify for it and its permissions. */
@Entity
@Table(name = "user_state")
public class State {

    /** What kind of EVE entity a state member is. */
    public enum MemberKind { CHARACTER, CORPORATION, ALLIANCE, FACTION }

    /** One qualifying character, corporation, alliance or faction. */
    @Embeddable
    public static class Member {
        @Enumerated(EnumType.STRING)
        private MemberKind kind;
        @Column(name = "entity_id")
        private long entityId;

        protected Member() {
        }

        public Member(MemberKind kind, long entityId) {
            this.kind = kind;
            this.entityId = entityId;
        }

        public MemberKind getKind() {
            return kind;
        }

        public long getEntityId() {
            return entityId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Member m && m.kind == kind && m.entityId == entityId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, entityId);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private int priority;
    @Column(name = "public")
    private boolean isPublic;
    private String description = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "state_member", joinColumns = @JoinColumn(name = "state_id"))
    private Set<Member> members = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "state_permission", joinColumns = @JoinColumn(name = "state_id"))
    @Column(name = "permission")
    private Set<String> permissions = new HashSet<>();

    protected State() {
    }

    public State(String name, int priority, boolean isPublic, String description) {
        this.name = name;
        this.priority = priority;
        this.isPublic = isPublic;
        this.description = description;
    }

    public StateDefinition definition() {
        return new StateDefinition(id, name, priority, isPublic, ids(MemberKind.CHARACTER), ids(MemberKind.CORPORATION),
                ids(MemberKind.ALLIANCE), ids(MemberKind.FACTION));
    }

    public Set<Long> ids(MemberKind kind) {
        return members.stream().filter(m -> m.kind == kind).map(m -> m.entityId).collect(Collectors.toSet());
    }

    /** Human summary for the audit log. */
    public String describe() {
        return "name=" + name + ", priority=" + priority + ", public=" + isPublic + ", characters=" + sorted(MemberKind.CHARACTER)
                + ", corporations=" + sorted(MemberKind.CORPORATION) + ", alliances=" + sorted(MemberKind.ALLIANCE)
                + ", factions=" + sorted(MemberKind.FACTION);
    }

    private String sorted(MemberKind kind) {
        return ids(kind).stream().sorted().map(String::valueOf).collect(Collectors.joining(" ", "[", "]"));
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

    public int getPriority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = priority;
    }

    public boolean isPublic() {
        return isPublic;
    }

    public void setPublic(boolean isPublic) {
        this.isPublic = isPublic;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public Set<Member> getMembers() {
        return members;
    }

    public Set<String> getPermissions() {
        return permissions;
    }
}
