package dev.bastion.eve.infra;

import dev.bastion.eve.model.SdeRow;
import dev.bastion.eve.model.SdeSource;
import dev.bastion.eve.model.SdeTable;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * CCP's current SDE: a zip of JSON Lines files (types.jsonl, mapSolarSystems.jsonl ...), one record a
 * line, integer keys in {@code _key}, localised names as {@code {"en": ...}}; the build in _sde.jsonl.
 */
public final class JsonlZipSdeSource implements SdeSource {

    private final Path zipPath;
    private final ZipFile zip;
    private final OptionalLong buildNumber;

    public JsonlZipSdeSource(Path zipPath) throws IOException {
        this.zipPath = zipPath;
        this.zip = new ZipFile(zipPath.toFile(), StandardCharsets.UTF_8);
        this.buildNumber = readBuildNumber();
    }

    @Override
    public String description() {
        return "CCP SDE" + (buildNumber.isPresent() ? " build " + buildNumber.getAsLong() : "")
                + " (" + zipPath.getFileName() + ")";
    }

    @Override
    public OptionalLong buildNumber() {
        return buildNumber;
    }

    @Override
    public void read(SdeTable table, Sink sink) throws IOException {
        ZipEntry entry = find(table.jsonlFile());
        if (entry == null) {
            throw new IOException("The SDE zip has no " + table.jsonlFile());
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                StandardCharsets.UTF_8))) {
            String line;
            long lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonObject o = parse(line);
                    if (table == SdeTable.SOLAR_SYSTEMS && !o.containsKey("position")) {
                        throw new IllegalArgumentException("position is missing");
                    }
                    sink.row(toRow(table, o));
                } catch (JsonException | IllegalArgumentException | ClassCastException | NullPointerException e) {
                    sink.malformed(table, lineNumber, e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
    }

    private static SdeRow toRow(SdeTable table, JsonObject o) {
        int key = requiredInt(o, "_key");
        return switch (table) {
            case CATEGORIES -> new SdeRow.Category(key, name(o), o.getBoolean("published", true));
            case GROUPS -> new SdeRow.Group(key, requiredInt(o, "categoryID"), name(o), o.getBoolean("published", true));
            case TYPES -> new SdeRow.Type(key, requiredInt(o, "groupID"), name(o), o.getBoolean("published", true),
                    optionalDouble(o, "mass"), optionalDouble(o, "volume"));
            case REGIONS -> new SdeRow.Region(key, name(o), optionalInt(o, "factionID"), optionalInt(o, "wormholeClassID"));
            case CONSTELLATIONS -> new SdeRow.Constellation(key, requiredInt(o, "regionID"), name(o),
                    optionalInt(o, "wormholeClassID"));
            case SOLAR_SYSTEMS -> {
                JsonObject p = o.getJsonObject("position");
                yield new SdeRow.SolarSystem(key, requiredInt(o, "constellationID"), requiredInt(o, "regionID"),
                        name(o), o.getJsonNumber("securityStatus").doubleValue(),
                        p.getJsonNumber("x").doubleValue(), p.getJsonNumber("y").doubleValue(),
                        p.getJsonNumber("z").doubleValue(), optionalInt(o, "wormholeClassID"));
            }
            case STARGATES -> {
                JsonObject d = o.getJsonObject("destination");
                yield new SdeRow.Stargate(requiredInt(o, "solarSystemID"), requiredInt(d, "solarSystemID"),
                        (long) key, d.containsKey("stargateID") ? d.getJsonNumber("stargateID").longValue() : null);
            }
        };
    }

    /** Names are localised objects ({"en": "Jita", "de": ...}) in the current SDE, plain strings in some tables. */
    private static String name(JsonObject o) {
        JsonValue v = o.get("name");
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonObject localised && localised.containsKey("en")) {
            return localised.getString("en");
        }
        throw new IllegalArgumentException("name is missing");
    }

    private static int requiredInt(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (!(v instanceof JsonNumber n)) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return n.intValueExact();
    }

    private static Integer optionalInt(JsonObject o, String field) {
        return o.get(field) instanceof JsonNumber n ? n.intValueExact() : null;
    }

    private static Double optionalDouble(JsonObject o, String field) {
        return o.get(field) instanceof JsonNumber n ? n.doubleValue() : null;
    }

    private static JsonObject parse(String line) {
        try (var r = Json.createReader(new StringReader(line))) {
            return r.readObject();
        }
    }

    private ZipEntry find(String fileName) {
        return zip.stream().filter(e -> !e.isDirectory())
                .filter(e -> e.getName().equals(fileName) || e.getName().endsWith("/" + fileName))
                .findFirst().orElse(null);
    }

    private OptionalLong readBuildNumber() throws IOException {
        ZipEntry entry = find("_sde.jsonl");
        if (entry == null) {
            return OptionalLong.empty();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonObject o = parse(line);
                    if (o.get("buildNumber") instanceof JsonNumber n) {
                        return OptionalLong.of(n.longValue());
                    }
                }
            }
        } catch (JsonException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
