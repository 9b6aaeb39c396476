package dev.bastion.notify.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A Discord webhook Bastion posts to. The sender keeps its rate-limit block and failure count here, and
 * disables it (with the reason) when Discord says it no longer exists.
 */
@Entity
@Table(name = "notify_webhook")
public class Webhook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "webhook_id")
    private Long id;
    private String name = "";
    private String url = "";
    private String notes = "";
    private boolean enabled = true;
    @Column(name = "disabled_reason")
    private String disabledReason;
    @Column(name = "blocked_until")
    private OffsetDateTime blockedUntil;
    private int failures;
    @Column(name = "created_at")
    private OffsetDateTime createdAt = OffsetDateTime.now();

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url == null ? "" : url.strip();
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes == null ? "" : notes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Enabling by hand clears the sender's reason and any block. */
    public void setEnabled(boolean enabled) {
        if (enabled && !this.enabled) {
            disabledReason = null;
            blockedUntil = null;
            failures = 0;
        }
        this.enabled = enabled;
    }

    public String getDisabledReason() {
        return disabledReason;
    }

    public OffsetDateTime getBlockedUntil() {
        return blockedUntil;
    }

    public int getFailures() {
        return failures;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    /** The URL with its secret token hidden, for pages and logs. */
    public String getMaskedUrl() {
        return WebhookUrls.mask(url);
    }
}
