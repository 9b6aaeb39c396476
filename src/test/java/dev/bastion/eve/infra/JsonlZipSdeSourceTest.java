package dev.bastion.eve.infra;

import dev.bastion.eve.model.SdeRow;
import dev.bastion.eve.model.SdeSource;
import dev.bastion.eve.model.SdeTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CCP's JSON Lines layout: _key, localised names, nested position and destination; bad lines skipped. */
class JsonlZipSdeSourceTest {

    @TempDir
    Path dir;

    @Test
    void readsTheCurrentSdeLayout() throws IOException {
        Path zip = zip(Map.of(
                "_sde.jsonl", "{\"_key\":\"sde\",\"buildNumber\":3031812,\"releaseDate\":\"2025-09-01\"}",
                "mapSolarSystems.jsonl", "{\"_key\":30003067,\"constellationID\":20000448,\"regionID\":10000038,"
                        + "\"name\":{\"en\":\"Huola\",\"de\":\"Huola\"},\"securityStatus\":0.370249,"
                        + "\"position\":{\"x\":-1.3965828300036011e+17,\"y\":4.700036988383117e+16,\"z\":-3.5883792461355764e+16}}\n"
                        + "not json\n"
                        + "{\"_key\":31000005,\"constellationID\":21000324,\"regionID\":11000031,\"name\":{\"en\":\"Thera\"},"
                        + "\"securityStatus\":-0.99,\"wormholeClassID\":12,\"position\":{\"x\":1,\"y\":2,\"z\":3}}",
                "mapStargates.jsonl", "{\"_key\":50001248,\"solarSystemID\":30000142,"
                        + "\"destination\":{\"solarSystemID\":30000144,\"stargateID\":50001249}}",
                "types.jsonl", "{\"_key\":587,\"groupID\":25,\"name\":{\"en\":\"Rifter\"},\"published\":true,\"mass\":1067000}"));
        try (JsonlZipSdeSource source = new JsonlZipSdeSource(zip)) {
            assertEquals(3031812L, source.buildNumber().orElseThrow());
            assertTrue(source.description().contains("build 3031812"));
            Collected systems = collect(source, SdeTable.SOLAR_SYSTEMS);
            assertEquals(2, systems.rows.size());
            assertEquals(1, systems.malformed.size());
            SdeRow.SolarSystem huola = (SdeRow.SolarSystem) systems.rows.get(0);
            assertEquals("Huola", huola.name());
            assertEquals(0.370249, huola.securityStatus());
            assertEquals(10000038, huola.regionId());
            assertEquals(12, ((SdeRow.SolarSystem) systems.rows.get(1)).wormholeClassId());
            SdeRow.Stargate gate = (SdeRow.Stargate) collect(source, SdeTable.STARGATES).rows.get(0);
            assertEquals(new SdeRow.Stargate(30000142, 30000144, 50001248L, 50001249L), gate);
            SdeRow.Type rifter = (SdeRow.Type) collect(source, SdeTable.TYPES).rows.get(0);
            assertEquals("Rifter", rifter.name());
            assertEquals(25, rifter.groupId());
        }
    }

    @Test
    void aMissingTableIsAClearError() throws IOException {
        Path zip = zip(Map.of("types.jsonl", ""));
        try (JsonlZipSdeSource source = new JsonlZipSdeSource(zip)) {
            IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> collect(source, SdeTable.REGIONS));
            assertTrue(e.getMessage().contains("mapRegions.jsonl"));
        }
    }

    @Test
    void theBundledCsvSnapshotReadsWithTheBrokenTypeRowsReported() throws IOException {
        try (CsvSdeSource source = CsvSdeSource.bundled()) {
            Collected types = collect(source, SdeTable.TYPES);
            assertTrue(types.rows.size() > 28_000, "types read: " + types.rows.size());
            assertTrue(!types.malformed.isEmpty(), "the 2018 type list has mangled rows that must be reported");
            assertEquals(113, collect(source, SdeTable.REGIONS).rows.size());
            assertEquals(1175, collect(source, SdeTable.CONSTELLATIONS).rows.size());
        }
    }

    record Collected(List<SdeRow> rows, List<String> malformed) {
    }

    static Collected collect(SdeSource source, SdeTable table) throws IOException {
        Collected c = new Collected(new ArrayList<>(), new ArrayList<>());
        source.read(table, new SdeSource.Sink() {
            @Override
            public void row(SdeRow row) {
                c.rows.add(row);
            }

            @Override
            public void malformed(SdeTable t, long lineNumber, String reason) {
                c.malformed.add(lineNumber + ": " + reason);
            }
        });
        return c;
    }

    private Path zip(Map<String, String> files) throws IOException {
        Path zip = dir.resolve("sde.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
