package dev.bastion.killtracker.app;

import dev.bastion.killtracker.infra.KillmailStore;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Hourly: removes stored killmails and recorded matches older than {@code purge-after-days} (0 keeps
 * everything). Idempotent, so every server may run it. (The outbox purges its own sent messages.)
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class KillmailPurge {

    private static final Logger LOG = Logger.getLogger(KillmailPurge.class.getName());

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @Inject
    KillTrackerSettings settings;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        try {
            purge();
        } catch (SQLException e) {
            LOG.warning("Kill tracker purge failed: " + e.getMessage());
        }
    }

    public int purge() throws SQLException {
        int days = settings.purgeAfterDays();
        try (Connection c = dataSource.getConnection()) {
            int killmails = days == 0 ? 0 : KillmailStore.purge(c, Instant.now().minus(Duration.ofDays(days)));
            if (killmails > 0) {
                LOG.info(() -> "Purged " + killmails + " stored killmails older than " + days + " days");
            }
            return killmails;
        }
    }
}
