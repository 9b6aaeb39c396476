package dev.bastion.eve.infra;

import dev.bastion.eve.model.SdeRow;
import dev.bastion.eve.model.SdeSource;
import dev.bastion.eve.model.SdeTable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * The older CSV layout of the SDE (Fuzzwork conversion: invTypes.csv, mapSolarSystems.csv ...), read
 * from a folder or from the classpath (the bundled New Eden snapshot). Stargates come as system pairs.
 */
public final class CsvSdeSource implements SdeSource {

    /** Opens one CSV file by name; null when missing. */
    @FunctionalInterface
    public interface FileOpener {
        InputStream open(String fileName) throws IOException;
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
            .setIgnoreEmptyLines(true).setTrim(true).build();

    private final String description;
    private final FileOpener opener;

    public CsvSdeSource(String description, FileOpener opener) {
        this.description = description;
        this.opener = opener;
    }

    /** The New Eden snapshot packaged with Bastion (src/main/resources/sde). */
    public static CsvSdeSource bundled() {
        return new CsvSdeSource("bundled New Eden snapshot (CSV)",
                name -> CsvSdeSource.class.getResourceAsStream("/sde/" + name));
    }

    public static CsvSdeSource folder(java.nio.file.Path dir) {
        return new CsvSdeSource("CSV folder " + dir, name -> {
            java.nio.file.Path file = dir.resolve(name);
            return java.nio.file.Files.exists(file) ? java.nio.file.Files.newInputStream(file) : null;
        });
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public OptionalLong buildNumber() {
        return OptionalLong.empty();
    }

    @Override
    public void read(SdeTable table, Sink sink) throws IOException {
        InputStream in = opener.open(table.csvFile());
        if (in == null) {
            throw new IOException("The SDE has no " + table.csvFile());
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord r : parser) {
                try {
                    sink.row(toRow(table, r));
                } catch (RuntimeException e) {
                    sink.malformed(table, r.getRecordNumber() + 1, e.getMessage());
                }
            }
        }
    }

    private static SdeRow toRow(SdeTable table, CSVRecord r) {
        return switch (table) {
            case CATEGORIES -> new SdeRow.Category(i(r, "categoryID"), s(r, "categoryName"), b(r, "published"));
            case GROUPS -> new SdeRow.Group(i(r, "groupID"), i(r, "categoryID"), s(r, "groupName"), b(r, "published"));
            case TYPES -> new SdeRow.Type(i(r, "typeID"), i(r, "groupID"), s(r, "typeName"),
                    !r.isMapped("published") || b(r, "published"), d(r, "mass"), d(r, "volume"));
            case REGIONS -> new SdeRow.Region(i(r, "regionID"), s(r, "regionName"), oi(r, "factionID"), null);
            case CONSTELLATIONS -> new SdeRow.Constellation(i(r, "constellationID"), i(r, "regionID"),
                    s(r, "constellationName"), null);
            case SOLAR_SYSTEMS -> new SdeRow.SolarSystem(i(r, "solarSystemID"), i(r, "constellationID"),
                    i(r, "regionID"), s(r, "solarSystemName"), req(d(r, "security"), "security"),
                    req(d(r, "x"), "x"), req(d(r, "y"), "y"), req(d(r, "z"), "z"), null);
            case STARGATES -> new SdeRow.Stargate(i(r, "fromSolarSystemID"), i(r, "toSolarSystemID"), null, null);
        };
    }

    private static String s(CSVRecord r, String column) {
        String v = r.get(column);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return v;
    }

    private static int i(CSVRecord r, String column) {
        String v = s(r, column);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a whole number: " + abbreviate(v));
        }
    }

    private static Integer oi(CSVRecord r, String column) {
        String v = r.isMapped(column) ? r.get(column) : null;
        return v == null || v.isBlank() || v.equals("None") ? null : Integer.valueOf(v);
    }

    private static Double d(CSVRecord r, String column) {
        String v = r.isMapped(column) ? r.get(column) : null;
        if (v == null || v.isBlank() || v.equals("None")) {
            return null;
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a number: " + abbreviate(v));
        }
    }

    private static double req(Double v, String column) {
        if (v == null) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return v;
    }

    private static boolean b(CSVRecord r, String column) {
        String v = r.get(column);
        return "1".equals(v) || "true".equalsIgnoreCase(v) || "True".equals(v);
    }

    private static String abbreviate(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "..." : v;
    }

    @Override
    public void close() {
        // nothing held open between reads
    }
}
