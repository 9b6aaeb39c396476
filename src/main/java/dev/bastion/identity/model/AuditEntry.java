package dev.bastion.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One recorded change: who, when, what, from what to what. Written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private OffsetDateTime at = OffsetDateTime.now();
    @Column(name = "actor_id")
    private Long actorId;
    @Column(name = "actor_name")
    private String actorName;
    private String action;
    private String target;
    @Column(name = "before_text")
    private String before;
    @Column(name = "after_text")
    private String after;

    protected AuditEntry() {
    }

    public AuditEntry(Long actorId, String actorName, AuditAction action, String target, String before, String after) {
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action.code();
        this.target = target;
        this.before = before;
        this.after = after;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    /** The stored code (see {@link AuditAction}). */
    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
