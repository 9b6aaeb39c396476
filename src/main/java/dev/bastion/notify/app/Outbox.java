package dev.bastion.notify.app;

import dev.bastion.notify.infra.DiscordLimits;
import dev.bastion.platform.Sql;
import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Puts a Discord message into the outbox on the caller's connection, so it commits or rolls back with
 * whatever caused it: a killmail is never marked read without its messages, nor a message queued for a
 * killmail that was not.
 */
public final class Outbox {

    private Outbox() {
    }

    /**
     * The one way a message enters {@code notify_outbox}; answers its id. The payload is cut to Discord's
     * limits here, so that no module can queue a message Discord would refuse.
     */
    public static long enqueue(Connection c, long webhookId, String source, JsonObject payload) throws SQLException {
        return Sql.one(c, "INSERT INTO notify_outbox (webhook_id, source, payload) VALUES (?, ?, ?) RETURNING message_id",
                rs -> rs.getLong(1), webhookId, source, DiscordLimits.fit(payload).toString());
    }

    /** Removes messages delivered longer ago than {@code age}; answers how many. */
    public static int purgeSent(Connection c, Duration age) throws SQLException {
        try (var ps = c.prepareStatement("DELETE FROM notify_outbox WHERE status = 'SENT' AND sent_at < ?")) {
            ps.setObject(1, OffsetDateTime.now().minus(age));
            return ps.executeUpdate();
        }
    }
}
