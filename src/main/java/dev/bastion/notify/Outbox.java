package dev.bastion.notify;

import dev.bastion.platform.Sql;
import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Puts a Discord message into the outbox on the caller's connection, so it commits or rolls back with
 * whatever caused it: a killmail is never marked read without its messages, nor a message queued for a
 * killmail that was not.
 */
public final class Outbox {

    private Outbox() {
    }

    public static long enqueue(Connection c, long webhookId, String source, JsonObject payload) throws SQLException {
        return Sql.one(c, "INSERT INTO notify_outbox (webhook_id, source, payload) VALUES (?, ?, ?) RETURNING message_id",
                rs -> rs.getLong(1), webhookId, source, payload.toString());
    }
}
