package dev.bastion.eve.infra;

import dev.bastion.eve.model.SdeRow;
import dev.bastion.eve.model.SdeSource;
import dev.bastion.eve.model.SdeTable;

import dev.bastion.eve.model.MapSystem;
import dev.bastion.eve.model.NewEdenMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The bundled SDE snapshot read once for unit tests: the real map, every type's group, and names. */
public final class BundledSde {

    public static final BundledSde INSTANCE = new BundledSde();

    public final NewEdenMap map;
    public final Map<Integer, Integer> groupOfType = new HashMap<>();
    public final Map<Integer, String> typeNames = new HashMap<>();
    public final Map<Integer, String> groupNames = new HashMap<>();
    public final Map<Integer, Integer> categoryOfGroup = new HashMap<>();
    public final Map<Integer, String> regionNames = new HashMap<>();

    private BundledSde() {
        List<MapSystem> systems = new ArrayList<>();
        List<int[]> gates = new ArrayList<>();
        try (CsvSdeSource source = CsvSdeSource.bundled()) {
            SdeSource.Sink sink = new SdeSource.Sink() {
                @Override
                public void row(SdeRow row) {
                    if (row instanceof SdeRow.SolarSystem s) {
                        systems.add(new MapSystem(s.id(), s.name(), s.constellationId(), s.regionId(), s.securityStatus(),
                                s.x(), s.y(), s.z()));
                    } else if (row instanceof SdeRow.Stargate g) {
                        gates.add(new int[] {g.solarSystemId(), g.destinationSolarSystemId()});
                    } else if (row instanceof SdeRow.Type t) {
                        groupOfType.put(t.id(), t.groupId());
                        typeNames.put(t.id(), t.name());
                    } else if (row instanceof SdeRow.Group g) {
                        groupNames.put(g.id(), g.name());
                        categoryOfGroup.put(g.id(), g.categoryId());
                    } else if (row instanceof SdeRow.Region r) {
                        regionNames.put(r.id(), r.name());
                    }
                }

                @Override
                public void malformed(SdeTable table, long lineNumber, String reason) {
                    if (table == SdeTable.TYPES) {
                        return; // the 2018 CSV has a few rows with stray text in numeric columns; the importer skips them too
                    }
                    throw new AssertionError("bundled SDE row " + lineNumber + " of " + table + " unreadable: " + reason);
                }
            };
            for (SdeTable table : List.of(SdeTable.GROUPS, SdeTable.TYPES, SdeTable.REGIONS, SdeTable.SOLAR_SYSTEMS,
                    SdeTable.STARGATES)) {
                source.read(table, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        map = new NewEdenMap(systems, gates);
    }
}
