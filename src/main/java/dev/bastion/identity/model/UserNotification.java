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

/** A message to a user inside the portal, e.g. "the SSO token of X was revoked". */
@Entity
@Table(name = "user_notification")
public class UserNotification {

    /** How loudly to show it. */
    public enum Level { INFO, WARNING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;
    @Column(name = "created_at")
    private OffsetDateTime createdAt = OffsetDateTime.now();
    @Enumerated(EnumType.STRING)
    private Level level;
    private String message;
    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected UserNotification() {
    }

    public UserNotification(User user, Level level, String message) {
        this.user = user;
        this.level = level;
        this.message = message;
    }

    public void markRead() {
        if (readAt == null) {
            readAt = OffsetDateTime.now();
        }
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public Level getLevel() {
        return level;
    }

    public String getMessage() {
        return message;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }
}
