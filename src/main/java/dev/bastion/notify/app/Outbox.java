package dev.bastion.notify.app;

import dev.bastion.notify.infra.DiscordLimits;
import dev.bastion.notify.infra.DiscordSender;
import dev.bastion.platform.Endpoints;
import dev.bastion.platform.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Puts a Discord message into the outbox on the caller's connection, so it commits or rolls back with
 * whatever caused it: a killmail is never marked read without its messages, nor a message queued for a
 * killmail that was not. Every message leaves here as Bastion's sender ({@link DiscordSender}) and
 * within Discord's limits, whichever module queued it.
 */
@ApplicationScoped
public class Outbox {

    /** Bastion's avatar, served by Bastion itself: Discord loads it from the public address. */
    static final String AVATAR_PATH = "/resources/images/bastion-logo.png";

    @Inject
    Endpoints endpoints;

    @Inject
    @ConfigProperty(name = "bastion.killtracker.webhook-branding", defaultValue = "true")
    boolean branding;

    /** Who posts: Bastion's name, and its avatar when Discord can load it from the public address. */
    public DiscordSender sender() {
        return branding ? DiscordSender.branded(endpoints.publicBase().map(base -> base + AVATAR_PATH).orElse(null))
                : DiscordSender.unbranded();
    }

    /**
     * The one way a message enters {@code notify_outbox}; answers its id. The sender's name and avatar
     * are set and the payload is cut to Discord's limits here, so that no module can queue a message
     * Discord would refuse or one that posts under another name.
     */
    public long enqueue(Connection c, long webhookId, String source, JsonObject payload) throws SQLException {
        return Sql.one(c, "INSERT INTO notify_outbox (webhook_id, source, payload) VALUES (?, ?, ?) RETURNING message_id",
                rs -> rs.getLong(1), webhookId, source, DiscordLimits.fit(sender().applyTo(payload)).toString());
    }

    /** Removes messages delivered longer ago than {@code age}; answers how many. */
    public static int purgeSent(Connection c, Duration age) throws SQLException {
        try (var ps = c.prepareStatement("DELETE FROM notify_outbox WHERE status = 'SENT' AND sent_at < ?")) {
            ps.setObject(1, OffsetDateTime.now().minus(age));
            return ps.executeUpdate();
        }
    }
}
