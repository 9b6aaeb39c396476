package dev.bastion.eve.infra;

import dev.bastion.eve.model.SdeImportProgress;
import dev.bastion.eve.model.SdeImportReport;
import dev.bastion.eve.model.SdeRow;
import dev.bastion.eve.model.SdeSource;
import dev.bastion.eve.model.SdeTable;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Loads an {@link SdeSource} into the eve_* tables in one transaction: re-importing updates rows in
 * place and never duplicates them; the gate graph is replaced as a whole (gates do change between
 * releases); rows that point at unknown parents are skipped and counted. Plain JDBC with batched
 * upserts, so the same code runs inside the server and from the command line.
 */
public final class SdeImporter {

    private static final Logger LOG = Logger.getLogger(SdeImporter.class.getName());
    private static final int BATCH = 1000;
    private static final int EXAMPLES = 20;

    private static final Map<SdeTable, String> UPSERTS = Map.of(
            SdeTable.CATEGORIES, "INSERT INTO eve_category (category_id, name, published) VALUES (?,?,?) "
                    + "ON CONFLICT (category_id) DO UPDATE SET name = EXCLUDED.name, published = EXCLUDED.published",
            SdeTable.GROUPS, "INSERT INTO eve_group (group_id, category_id, name, published) VALUES (?,?,?,?) "
                    + "ON CONFLICT (group_id) DO UPDATE SET category_id = EXCLUDED.category_id, name = EXCLUDED.name, "
                    + "published = EXCLUDED.published",
            SdeTable.TYPES, "INSERT INTO eve_type (type_id, group_id, name, published, mass, volume, origin) "
                    + "VALUES (?,?,?,?,?,?,'SDE') ON CONFLICT (type_id) DO UPDATE SET group_id = EXCLUDED.group_id, "
                    + "name = EXCLUDED.name, published = EXCLUDED.published, mass = EXCLUDED.mass, "
                    + "volume = EXCLUDED.volume, origin = 'SDE'",
            SdeTable.REGIONS, "INSERT INTO eve_region (region_id, name, faction_id, wormhole_class_id) VALUES (?,?,?,?) "
                    + "ON CONFLICT (region_id) DO UPDATE SET name = EXCLUDED.name, faction_id = EXCLUDED.faction_id, "
                    + "wormhole_class_id = EXCLUDED.wormhole_class_id",
            SdeTable.CONSTELLATIONS, "INSERT INTO eve_constellation (constellation_id, region_id, name, wormhole_class_id) "
                    + "VALUES (?,?,?,?) ON CONFLICT (constellation_id) DO UPDATE SET region_id = EXCLUDED.region_id, "
                    + "name = EXCLUDED.name, wormhole_class_id = EXCLUDED.wormhole_class_id",
            SdeTable.SOLAR_SYSTEMS, "INSERT INTO eve_solar_system (solar_system_id, constellation_id, region_id, name, "
                    + "security_status, x, y, z, wormhole_class_id) VALUES (?,?,?,?,?,?,?,?,?) "
                    + "ON CONFLICT (solar_system_id) DO UPDATE SET constellation_id = EXCLUDED.constellation_id, "
                    + "region_id = EXCLUDED.region_id, name = EXCLUDED.name, security_status = EXCLUDED.security_status, "
                    + "x = EXCLUDED.x, y = EXCLUDED.y, z = EXCLUDED.z, wormhole_class_id = EXCLUDED.wormhole_class_id",
            SdeTable.STARGATES, "INSERT INTO eve_stargate (solar_system_id, destination_solar_system_id, stargate_id, "
                    + "destination_stargate_id) VALUES (?,?,?,?) ON CONFLICT (solar_system_id, destination_solar_system_id) "
                    + "DO UPDATE SET stargate_id = EXCLUDED.stargate_id, destination_stargate_id = EXCLUDED.destination_stargate_id");

    /** Parent table of each table whose rows must point at a known parent row. */
    private static final Map<SdeTable, String> PARENT_IDS = Map.of(
            SdeTable.GROUPS, "SELECT category_id FROM eve_category",
            SdeTable.TYPES, "SELECT group_id FROM eve_group",
            SdeTable.CONSTELLATIONS, "SELECT region_id FROM eve_region",
            SdeTable.SOLAR_SYSTEMS, "SELECT constellation_id FROM eve_constellation",
            SdeTable.STARGATES, "SELECT solar_system_id FROM eve_solar_system");

    public SdeImportReport run(SdeSource source, Connection connection, SdeImportProgress progress)
            throws IOException, SQLException {
        long importId = recordStart(connection, source);
        boolean autoCommit = connection.getAutoCommit();
        Map<SdeTable, Long> counts = new EnumMap<>(SdeTable.class);
        List<String> examples = new ArrayList<>();
        long[] skipped = {0};
        try {
            connection.setAutoCommit(false);
            SdeTable[] tables = SdeTable.values();
            for (int n = 0; n < tables.length; n++) {
                SdeTable table = tables[n];
                progress.table(table, n + 1, tables.length);
                counts.put(table, importTable(source, connection, table, progress, examples, skipped));
            }
            connection.commit();
        } catch (IOException | SQLException | RuntimeException e) {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
            recordEnd(connection, importId, "FAILED", counts, skipped[0], e.getMessage());
            throw e;
        }
        connection.setAutoCommit(autoCommit);
        SdeImportReport report = new SdeImportReport(importId, source.description(), counts, skipped[0], examples);
        recordEnd(connection, importId, "SUCCEEDED", counts, skipped[0],
                examples.isEmpty() ? null : "first skipped rows: " + String.join(" | ", examples));
        LOG.info(() -> "SDE import from " + source.description() + ": " + report.summary());
        return report;
    }

    private long importTable(SdeSource source, Connection c, SdeTable table, SdeImportProgress progress,
                             List<String> examples, long[] skipped) throws IOException, SQLException {
        Set<Integer> parents = PARENT_IDS.containsKey(table) ? ids(c, PARENT_IDS.get(table)) : null;
        if (table == SdeTable.STARGATES) {
            try (Statement st = c.createStatement()) {
                st.execute("DELETE FROM eve_stargate");
            }
        }
        long[] written = {0};
        try (PreparedStatement ps = c.prepareStatement(UPSERTS.get(table))) {
            SQLException[] failure = {null};
            source.read(table, new SdeSource.Sink() {
                @Override
                public void row(SdeRow row) {
                    if (failure[0] != null) {
                        return;
                    }
                    String orphan = orphanReason(row, parents);
                    if (orphan != null) {
                        malformed(table, -1, orphan);
                        return;
                    }
                    try {
                        bind(ps, row);
                        ps.addBatch();
                        if (++written[0] % BATCH == 0) {
                            ps.executeBatch();
                            progress.rows(table, written[0]);
                        }
                    } catch (SQLException e) {
                        failure[0] = e;
                    }
                }

                @Override
                public void malformed(SdeTable t, long lineNumber, String reason) {
                    skipped[0]++;
                    if (examples.size() < EXAMPLES) {
                        examples.add(t.label() + (lineNumber > 0 ? " line " + lineNumber : "") + ": " + reason);
                    }
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            ps.executeBatch();
        }
        progress.rows(table, written[0]);
        return written[0];
    }

    private static String orphanReason(SdeRow row, Set<Integer> parents) {
        if (parents == null) {
            return null;
        }
        if (row instanceof SdeRow.Group g && !parents.contains(g.categoryId())) {
            return "group " + g.id() + " has unknown category " + g.categoryId();
        }
        if (row instanceof SdeRow.Type t && !parents.contains(t.groupId())) {
            return "type " + t.id() + " has unknown group " + t.groupId();
        }
        if (row instanceof SdeRow.Constellation k && !parents.contains(k.regionId())) {
            return "constellation " + k.id() + " has unknown region " + k.regionId();
        }
        if (row instanceof SdeRow.SolarSystem s && !parents.contains(s.constellationId())) {
            return "solar system " + s.id() + " has unknown constellation " + s.constellationId();
        }
        if (row instanceof SdeRow.Stargate g
                && !(parents.contains(g.solarSystemId()) && parents.contains(g.destinationSolarSystemId()))) {
            return "gate " + g.solarSystemId() + "->" + g.destinationSolarSystemId() + " joins an unknown system";
        }
        return null;
    }

    private static void bind(PreparedStatement ps, SdeRow row) throws SQLException {
        if (row instanceof SdeRow.Category c) {
            ps.setInt(1, c.id());
            ps.setString(2, c.name());
            ps.setBoolean(3, c.published());
        } else if (row instanceof SdeRow.Group g) {
            ps.setInt(1, g.id());
            ps.setInt(2, g.categoryId());
            ps.setString(3, g.name());
            ps.setBoolean(4, g.published());
        } else if (row instanceof SdeRow.Type t) {
            ps.setInt(1, t.id());
            ps.setInt(2, t.groupId());
            ps.setString(3, t.name());
            ps.setBoolean(4, t.published());
            setDouble(ps, 5, t.mass());
            setDouble(ps, 6, t.volume());
        } else if (row instanceof SdeRow.Region r) {
            ps.setInt(1, r.id());
            ps.setString(2, r.name());
            setInt(ps, 3, r.factionId());
            setInt(ps, 4, r.wormholeClassId());
        } else if (row instanceof SdeRow.Constellation k) {
            ps.setInt(1, k.id());
            ps.setInt(2, k.regionId());
            ps.setString(3, k.name());
            setInt(ps, 4, k.wormholeClassId());
        } else if (row instanceof SdeRow.SolarSystem s) {
            ps.setInt(1, s.id());
            ps.setInt(2, s.constellationId());
            ps.setInt(3, s.regionId());
            ps.setString(4, s.name());
            ps.setDouble(5, s.securityStatus());
            ps.setDouble(6, s.x());
            ps.setDouble(7, s.y());
            ps.setDouble(8, s.z());
            setInt(ps, 9, s.wormholeClassId());
        } else if (row instanceof SdeRow.Stargate g) {
            ps.setInt(1, g.solarSystemId());
            ps.setInt(2, g.destinationSolarSystemId());
            setLong(ps, 3, g.stargateId());
            setLong(ps, 4, g.destinationStargateId());
        }
    }

    private static Set<Integer> ids(Connection c, String sql) throws SQLException {
        Set<Integer> ids = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }

    private static long recordStart(Connection c, SdeSource source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sde_import (source, build_number, started_at, status) "
                + "VALUES (?,?,?,'RUNNING') RETURNING import_id")) {
            ps.setString(1, source.description());
            setLong(ps, 2, source.buildNumber().isPresent() ? source.buildNumber().getAsLong() : null);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                return id;
            }
        }
    }

    private static void recordEnd(Connection c, long importId, String status, Map<SdeTable, Long> counts,
                                  long skipped, String message) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sde_import SET finished_at = ?, status = ?, "
                + "categories = ?, groups_count = ?, types = ?, regions = ?, constellations = ?, solar_systems = ?, "
                + "stargates = ?, skipped_rows = ?, message = ? WHERE import_id = ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setString(2, status);
            int i = 3;
            for (SdeTable t : SdeTable.values()) {
                ps.setInt(i++, counts.getOrDefault(t, 0L).intValue());
            }
            ps.setInt(i++, (int) skipped);
            ps.setString(i++, message == null ? null : message.substring(0, Math.min(message.length(), 4000)));
            ps.setLong(i, importId);
            ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }
}
