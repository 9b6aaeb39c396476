package dev.bastion.simulator;

import dev.bastion.platform.Sql;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Small JDBC helper for the simulator's own tables: it keeps simulator code free of JPA entities. */
public final class SimDb {

    private final DataSource dataSource;

    public SimDb(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> query(String sql, Sql.Row<T> mapper, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            return Sql.query(c, sql, mapper, params);
        } catch (SQLException e) {
            throw new IllegalStateException("Simulator query failed: " + e.getMessage(), e);
        }
    }

    public <T> T one(String sql, Sql.Row<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            return Sql.update(c, sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException("Simulator update failed: " + e.getMessage(), e);
        }
    }
}
