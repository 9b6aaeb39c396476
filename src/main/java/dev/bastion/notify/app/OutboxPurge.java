package dev.bastion.notify.app;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Hourly: forgets outbox messages delivered more than a week ago (pending and failed ones stay until an
 * admin retries or purges them). Idempotent, so every server may run it.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class OutboxPurge {

    private static final Logger LOG = Logger.getLogger(OutboxPurge.class.getName());
    static final Duration KEEP_SENT = Duration.ofDays(7);

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @Schedule(hour = "*", minute = "19", persistent = false)
    void hourly() {
        try (Connection c = dataSource.getConnection()) {
            Outbox.purgeSent(c, KEEP_SENT);
        } catch (SQLException e) {
            LOG.warning("Outbox purge failed: " + e.getMessage());
        }
    }
}
