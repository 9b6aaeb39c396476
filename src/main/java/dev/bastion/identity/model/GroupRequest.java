package dev.bastion.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A user's request to join a group whose policy needs a leader's approval. */
@Entity
@Table(name = "group_request")
public class GroupRequest {

    /** Where the request stands. */
    public enum Status { PENDING, APPROVED, REJECTED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id")
    private AuthGroup group;
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;
    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;
    @Column(name = "created_at")
    private OffsetDateTime createdAt = OffsetDateTime.now();
    @ManyToOne
    @JoinColumn(name = "decided_by")
    private User decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    protected GroupRequest() {
    }

    public GroupRequest(AuthGroup group, User user) {
        this.group = group;
        this.user = user;
    }

    public void decide(Status outcome, User by) {
        status = outcome;
        decidedBy = by;
        decidedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public AuthGroup getGroup() {
        return group;
    }

    public User getUser() {
        return user;
    }

    public Status getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public User getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }
}
