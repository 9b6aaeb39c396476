package dev.bastion.killtracker.infra;

import dev.bastion.platform.Sql;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * The feed's row in {@code kt_feed}: the next sequence to read, the reader's lease, a rate-limit wait
 * and counters. Every write checks the lease, so a server that lost it can never move the position.
 */
public final class FeedPosition {

    /** The persisted state the reader works from. */
    public record Snapshot(Long nextSequence, Instant retryAt) {
    }

    private final DataSource dataSource;
    private final String owner;

    public FeedPosition(DataSource dataSource, String owner) {
        this.dataSource = dataSource;
        this.owner = owner;
    }

    /** Takes or renews the lease; false while another live server holds it. */
    public boolean holdLease(Duration lease) throws SQLException {
        return update("UPDATE kt_feed SET lease_owner = ?, lease_until = now() + make_interval(secs => ?) WHERE feed_id = 1 "
                + "AND (lease_owner IS NULL OR lease_owner = ? OR lease_until < now())", owner, (double) lease.toSeconds(), owner) == 1;
    }

    public void releaseLease() throws SQLException {
        update("UPDATE kt_feed SET lease_owner = NULL, lease_until = NULL WHERE feed_id = 1 AND lease_owner = ?", owner);
    }

    public Snapshot read() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return Sql.one(c, "SELECT next_sequence, retry_at FROM kt_feed WHERE feed_id = 1", rs -> {
                Timestamp retry = rs.getTimestamp(2);
                return new Snapshot(rs.getObject(1, Long.class), retry == null ? null : retry.toInstant());
            });
        }
    }

    public void start(long sequence) throws SQLException {
        update("UPDATE kt_feed SET next_sequence = ? WHERE feed_id = 1 AND lease_owner = ? AND next_sequence IS NULL",
                sequence, owner);
    }

    public void retryAt(Instant when) throws SQLException {
        update("UPDATE kt_feed SET retry_at = ? WHERE feed_id = 1 AND lease_owner = ?", Timestamp.from(when), owner);
    }

    public void error(String message) throws SQLException {
        update("UPDATE kt_feed SET last_error = ?, last_error_at = now() WHERE feed_id = 1", message);
    }

    /**
     * Moves past {@code sequence} on the caller's transaction; false when the lease or the position
     * changed meanwhile (the caller then rolls back). {@code kind} counts it as read, malformed or skipped.
     */
    public boolean advance(Connection c, long sequence, Long killmailId, String kind) throws SQLException {
        String counter = switch (kind) {
            case "read" -> "killmails_read = killmails_read + 1, last_killmail_id = ?, last_read_at = now()";
            case "malformed" -> "malformed = malformed + 1, last_killmail_id = coalesce(?, last_killmail_id)";
            default -> "skipped = skipped + 1, last_killmail_id = coalesce(?, last_killmail_id)";
        };
        return Sql.update(c, "UPDATE kt_feed SET next_sequence = ? + 1, retry_at = NULL, " + counter
                + " WHERE feed_id = 1 AND lease_owner = ? AND next_sequence = ?", sequence, killmailId, owner, sequence) == 1;
    }

    /** Moves past a sequence outside any other work (malformed body, permanent hole). */
    public boolean advance(long sequence, Long killmailId, String kind) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return advance(c, sequence, killmailId, kind);
        }
    }

    private int update(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return Sql.update(c, sql, params);
        }
    }
}
