package dev.bastion.eve.map;

import dev.bastion.eve.sde.CsvSdeSource;
import dev.bastion.eve.sde.SdeRow;
import dev.bastion.eve.sde.SdeSource;
import dev.bastion.eve.sde.SdeTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The real New Eden map, read once from the bundled SDE snapshot (src/main/resources/sde). */
final class RealMap {

    static final NewEdenMap MAP = load();

    private RealMap() {
    }

    private static NewEdenMap load() {
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
                    }
                }

                @Override
                public void malformed(SdeTable table, long lineNumber, String reason) {
                    throw new AssertionError("bundled map row " + lineNumber + " of " + table + " unreadable: " + reason);
                }
            };
            source.read(SdeTable.SOLAR_SYSTEMS, sink);
            source.read(SdeTable.STARGATES, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NewEdenMap(systems, gates);
    }
}
