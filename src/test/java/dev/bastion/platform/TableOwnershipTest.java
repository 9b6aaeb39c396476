package dev.bastion.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One owner per table: a context's code (SQL, JPQL, native queries, {@code @Table}) names only its own
 * tables; it reads another context's data through that context's services or published read port. Every
 * table created by a migration must have an owner here, so a new table is a decision, not an accident.
 */
class TableOwnershipTest {

    /** Table name prefix or exact name -> owning package under dev.bastion. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("eve_category", "eve"), Map.entry("eve_group", "eve"), Map.entry("eve_type", "eve"),
            Map.entry("eve_region", "eve"), Map.entry("eve_constellation", "eve"),
            Map.entry("eve_solar_system", "eve"), Map.entry("eve_stargate", "eve"), Map.entry("sde_import", "eve"),
            Map.entry("eve_entity", "eve"),
            Map.entry("esi_cache", "esi"),
            Map.entry("eve_organization", "identity"), Map.entry("eve_character", "identity"),
            Map.entry("user_state", "identity"), Map.entry("state_member", "identity"),
            Map.entry("state_permission", "identity"), Map.entry("app_user", "identity"), Map.entry("user_preference", "identity"),
            Map.entry("user_permission", "identity"), Map.entry("character_ownership", "identity"),
            Map.entry("ownership_record", "identity"), Map.entry("sso_token", "identity"),
            Map.entry("auth_group", "identity"), Map.entry("group_state", "identity"),
            Map.entry("group_leader", "identity"), Map.entry("group_member", "identity"),
            Map.entry("group_permission", "identity"), Map.entry("group_request", "identity"),
            Map.entry("audit_entry", "identity"), Map.entry("user_notification", "identity"),
            Map.entry("notify_", "notify"),
            Map.entry("kt_", "killtracker"),
            Map.entry("ma_", "audit"),
            Map.entry("ct_", "captrack"),
            Map.entry("sim_", "simulator"));

    private static final Path MIGRATIONS = Path.of("db/migration");
    private static final Path SOURCES = Path.of("src/main/java/dev/bastion");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    @Test
    void everyTableHasAnOwner() throws IOException {
        List<String> orphans = tables().stream().filter(t -> owner(t) == null).toList();
        assertEquals(List.of(), orphans, "tables without an owner in TableOwnershipTest.OWNERS");
    }

    @Test
    void noContextNamesAnotherContextsTables() throws IOException {
        Set<String> tables = tables();
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String context = SOURCES.relativize(file).getName(0).toString();
                Matcher strings = STRING.matcher(Files.readString(file));
                while (strings.find()) {
                    String literal = strings.group(1) != null ? strings.group(1) : strings.group(2);
                    for (String table : tables) {
                        if (Pattern.compile("\\b" + table + "\\b").matcher(literal).find()
                                && !context.equals(owner(table))) {
                            trespasses.add(SOURCES.relativize(file) + " names " + table + " (owned by " + owner(table) + ")");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), trespasses, "use the owning context's service or read port instead");
    }

    private static String owner(String table) {
        return OWNERS.entrySet().stream()
                .filter(e -> e.getKey().endsWith("_") ? table.startsWith(e.getKey()) : table.equals(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Set<String> tables() throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1).toLowerCase());
                }
            }
        }
        return out;
    }
}
