package dev.bastion.esi.infra;

import dev.bastion.esi.model.EsiCache;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The ESI cache in PostgreSQL (table esi_cache). A failing cache never fails a request: a read error
 * is a miss, a write error is logged.
 */
public final class JdbcEsiCache implements EsiCache {

    private static final Logger LOG = Logger.getLogger(JdbcEsiCache.class.getName());

    private final DataSource dataSource;

    public JdbcEsiCache(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Entry> get(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT etag, expires_at, last_modified, pages, body FROM esi_cache WHERE cache_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getInt(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "ESI cache read failed; treating as a miss", e);
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, Entry entry) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO esi_cache (cache_key, etag, expires_at, last_modified, "
                     + "pages, body, stored_at) VALUES (?,?,?,?,?,?, now()) ON CONFLICT (cache_key) DO UPDATE SET "
                     + "etag = EXCLUDED.etag, expires_at = EXCLUDED.expires_at, last_modified = EXCLUDED.last_modified, "
                     + "pages = EXCLUDED.pages, body = EXCLUDED.body, stored_at = now()")) {
            ps.setString(1, key);
            ps.setString(2, entry.etag());
            ps.setTimestamp(3, Timestamp.from(entry.expiresAt()));
            ps.setString(4, entry.lastModified());
            ps.setInt(5, entry.pages());
            ps.setString(6, entry.body() == null ? "" : entry.body());
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "ESI cache write failed for " + key, e);
        }
    }

    @Override
    public void evict(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM esi_cache WHERE cache_key = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "ESI cache evict failed for " + key, e);
        }
    }
}
