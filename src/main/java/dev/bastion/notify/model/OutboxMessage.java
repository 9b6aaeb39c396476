package dev.bastion.notify.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One Discord message waiting in, or finished with, the outbox (read side for the admin pages). */
@Entity
@Table(name = "notify_outbox")
public class OutboxMessage {

    /** Where a message is in its life. */
    public enum Status { PENDING, SENT, FAILED }

    @Id
    @Column(name = "message_id")
    private Long id;
    @Column(name = "webhook_id")
    private long webhookId;
    private String source;
    private String payload;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "sent_at")
    private OffsetDateTime sentAt;
    @Column(name = "discord_message_id")
    private String discordMessageId;

    protected OutboxMessage() {
    }

    public Long getId() {
        return id;
    }

    public long getWebhookId() {
        return webhookId;
    }

    public String getSource() {
        return source;
    }

    public String getPayload() {
        return payload;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public String getDiscordMessageId() {
        return discordMessageId;
    }
}
