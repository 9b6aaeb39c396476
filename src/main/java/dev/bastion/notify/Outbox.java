package dev.bastion.notify;

import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO notify_outbox (webhook_id, source, payload) VALUES (?, ?, ?) RETURNING message_id")) {
            ps.setLong(1, webhookId);
            ps.setString(2, source);
            ps.setString(3, payload.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
