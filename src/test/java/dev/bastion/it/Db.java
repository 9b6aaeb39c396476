package dev.bastion.it;

import dev.bastion.platform.Sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Reads the integration-test database directly, to check what the server stored (and arrange a few facts). */
final class Db {

    private Db() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("bastion.it.jdbc-url"), System.getProperty("bastion.it.db-user"),
                System.getProperty("bastion.it.db-password"));
    }

    /** The first column of the first row, or null. */
    static Object value(String sql, Object... params) throws SQLException {
        try (Connection c = connect()) {
            return Sql.one(c, sql, rs -> rs.getObject(1), params);
        }
    }

    static long count(String sql, Object... params) throws SQLException {
        return ((Number) value(sql, params)).longValue();
    }

    static int update(String sql, Object... params) throws SQLException {
        try (Connection c = connect()) {
            return Sql.update(c, sql, params);
        }
    }

    /**
     * A new pilot in the simulated EVE universe (the process boundary), so that a test owns a user no other
     * test touches. Corporation 98000002 is in the demo alliance (state Member).
     */
    static void simCharacter(long characterId, String name, String account, long corporationId) throws SQLException {
        update("INSERT INTO sim_character VALUES (?, ?, ?, ?, now() - interval '3 years', 0.5, ?) ON CONFLICT DO NOTHING",
                characterId, name, account, corporationId,
                dev.bastion.simulator.demo.DemoUniverse.ownerHash(account, characterId));
    }

    static Long userOf(long characterId) throws SQLException {
        Object v = value("SELECT user_id FROM character_ownership WHERE character_id = ?", characterId);
        return v == null ? null : ((Number) v).longValue();
    }
}
