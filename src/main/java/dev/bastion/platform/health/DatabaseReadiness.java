package dev.bastion.platform.health;

import dev.bastion.platform.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready when PostgreSQL answers and the schema is migrated; a load balancer sends no traffic before. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @Inject
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return builder.status(valid).withData("schemaVersion", migration.schemaVersion()).build();
        } catch (SQLException e) {
            return builder.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
