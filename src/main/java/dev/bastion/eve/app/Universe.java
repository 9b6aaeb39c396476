package dev.bastion.eve.app;

import dev.bastion.eve.model.MapSystem;
import dev.bastion.eve.model.NewEdenMap;
import dev.bastion.eve.infra.CsvSdeSource;
import dev.bastion.eve.model.SdeImportProgress;
import dev.bastion.eve.model.SdeImportReport;
import dev.bastion.eve.model.SdeImportStatus;
import dev.bastion.eve.infra.SdeImporter;
import dev.bastion.eve.model.SdeSource;
import dev.bastion.eve.model.SdeTable;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The static universe as the rest of Bastion sees it: the in-memory {@link NewEdenMap} and SDE
 * imports. At first start, with empty tables, it loads the bundled New Eden snapshot in the background
 * (pages show the progress). One import runs at a time; the map is rebuilt after each.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class Universe {

    private static final Logger LOG = Logger.getLogger(Universe.class.getName());

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "bastion.sde.load-bundled-when-empty", defaultValue = "true")
    boolean loadBundledWhenEmpty;

    private final AtomicReference<NewEdenMap> map = new AtomicReference<>(NewEdenMap.empty());
    private final AtomicReference<SdeImportStatus> status = new AtomicReference<>(SdeImportStatus.IDLE);

    @PostConstruct
    void start() {
        try {
            if (countSolarSystems() == 0 && loadBundledWhenEmpty) {
                LOG.info("The universe is empty: loading the bundled New Eden snapshot");
                importAsync(CsvSdeSource.bundled());
            } else {
                reloadMap();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the universe tables", e);
        }
    }

    public NewEdenMap map() {
        return map.get();
    }

    public SdeImportStatus importStatus() {
        return status.get();
    }

    /** Starts an import in the background; refused while another one runs. */
    public Future<SdeImportReport> importAsync(SdeSource source) {
        SdeImportStatus idle = status.get();
        SdeImportStatus starting = new SdeImportStatus(true, source.description(), null, 0,
                SdeTable.values().length, 0, Instant.now(), null);
        if (idle.running() || !status.compareAndSet(idle, starting)) {
            throw new IllegalStateException("An SDE import is already running (" + idle.source() + ")");
        }
        return executor.submit(() -> runImport(source, starting));
    }

    private SdeImportReport runImport(SdeSource source, SdeImportStatus started) throws Exception {
        try (source; Connection c = dataSource.getConnection()) {
            SdeImportReport report = new SdeImporter().run(source, c, new SdeImportProgress() {
                @Override
                public void table(SdeTable table, int tableNumber, int tableCount) {
                    status.set(new SdeImportStatus(true, started.source(), table.label(), tableNumber, tableCount,
                            0, started.startedAt(), null));
                }

                @Override
                public void rows(SdeTable table, long rowsSoFar) {
                    SdeImportStatus s = status.get();
                    status.set(new SdeImportStatus(true, s.source(), s.table(), s.tableNumber(), s.tableCount(),
                            rowsSoFar, s.startedAt(), null));
                }
            });
            reloadMap();
            status.set(new SdeImportStatus(false, started.source(), null, 0, 0, 0, started.startedAt(),
                    "Imported " + report.summary()));
            return report;
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "SDE import from " + started.source() + " failed", e);
            status.set(new SdeImportStatus(false, started.source(), null, 0, 0, 0, started.startedAt(),
                    "Failed: " + e.getMessage()));
            throw e;
        }
    }

    private void reloadMap() throws SQLException {
        List<MapSystem> systems = new ArrayList<>();
        List<int[]> gates = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT solar_system_id, name, constellation_id, region_id, "
                    + "security_status, x, y, z FROM eve_solar_system")) {
                while (rs.next()) {
                    systems.add(new MapSystem(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                            rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT solar_system_id, destination_solar_system_id FROM eve_stargate")) {
                while (rs.next()) {
                    gates.add(new int[] {rs.getInt(1), rs.getInt(2)});
                }
            }
        }
        NewEdenMap loaded = new NewEdenMap(systems, gates);
        map.set(loaded);
        LOG.info(() -> "New Eden map: " + loaded.systemCount() + " solar systems, " + loaded.gateLinkCount()
                + " gate links");
    }

    private int countSolarSystems() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM eve_solar_system")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
