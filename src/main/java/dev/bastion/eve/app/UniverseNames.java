package dev.bastion.eve.app;

import dev.bastion.eve.model.NamedId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * The universe's read port for names: search by the start of a name and look up one name, for pickers
 * and labels in every module. Reads only the universe's own tables (static data, and the names of
 * characters, corporations, alliances and factions learnt from ESI's {@code /universe/names}).
 */
@ApplicationScoped
public class UniverseNames {

    /** What can be searched. Groups and types are limited to what can be flown, fitted or fought with. */
    public enum Kind { REGION, CONSTELLATION, SOLAR_SYSTEM, GROUP, TYPE, CHARACTER, CORPORATION, ALLIANCE, FACTION }

    /** Ship, module, charge, drone, deployable, structure module and fighter categories, and structures. */
    private static final String FIGHTING_CATEGORIES = "(6, 7, 8, 11, 18, 22, 65, 87)";

    @PersistenceContext(unitName = "bastion")
    EntityManager em;

    /** Up to {@code max} names starting with {@code typed} (case-insensitive), alphabetically. */
    public List<NamedId> search(Kind kind, String typed, int max) {
        String like = escapeLike(typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT)) + "%";
        String sql = switch (kind) {
            case REGION -> "SELECT region_id, name FROM eve_region WHERE lower(name) LIKE ?1 ORDER BY name";
            case CONSTELLATION -> "SELECT constellation_id, name FROM eve_constellation WHERE lower(name) LIKE ?1 ORDER BY name";
            case SOLAR_SYSTEM -> "SELECT solar_system_id, name FROM eve_solar_system WHERE lower(name) LIKE ?1 ORDER BY name";
            case GROUP -> "SELECT group_id, name FROM eve_group WHERE lower(name) LIKE ?1 AND category_id IN "
                    + FIGHTING_CATEGORIES + " ORDER BY name";
            case TYPE -> "SELECT t.type_id, t.name FROM eve_type t JOIN eve_group g ON g.group_id = t.group_id "
                    + "WHERE lower(t.name) LIKE ?1 AND g.category_id IN " + FIGHTING_CATEGORIES + " ORDER BY t.name";
            default -> "SELECT entity_id, name FROM eve_entity WHERE category = '" + entityCategory(kind)
                    + "' AND lower(name) LIKE ?1 ORDER BY name";
        };
        return rows(em.createNativeQuery(sql).setParameter(1, like).setMaxResults(max).getResultList());
    }

    /** The name of one thing, when the universe knows it. */
    public Optional<String> name(Kind kind, long id) {
        String sql = switch (kind) {
            case REGION -> "SELECT name FROM eve_region WHERE region_id = ?1";
            case CONSTELLATION -> "SELECT name FROM eve_constellation WHERE constellation_id = ?1";
            case SOLAR_SYSTEM -> "SELECT name FROM eve_solar_system WHERE solar_system_id = ?1";
            case GROUP -> "SELECT name FROM eve_group WHERE group_id = ?1";
            case TYPE -> "SELECT name FROM eve_type WHERE type_id = ?1";
            default -> "SELECT name FROM eve_entity WHERE entity_id = ?1";
        };
        List<?> r = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return r.isEmpty() ? Optional.empty() : Optional.of(String.valueOf(r.get(0)));
    }

    /** A type with its group, for modules that keep the universe in memory. */
    public record TypeGroup(int typeId, int groupId, String name) {
    }

    /** Every type the universe holds (SDE and learnt from ESI). */
    public List<TypeGroup> typeGroups() {
        List<?> rows = em.createNativeQuery("SELECT type_id, group_id, name FROM eve_type").getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new TypeGroup(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), String.valueOf(r[2]))).toList();
    }

    public Map<Integer, String> groupNames() {
        return intNames("SELECT group_id, name FROM eve_group");
    }

    public Map<Integer, String> regionNames() {
        return intNames("SELECT region_id, name FROM eve_region");
    }

    /** Names of characters, corporations, alliances and factions learnt from ESI's {@code /universe/names}. */
    public Map<Long, String> entityNames() {
        Map<Long, String> out = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT entity_id, name FROM eve_entity").getResultList()) {
            Object[] r = (Object[]) row;
            out.put(((Number) r[0]).longValue(), String.valueOf(r[1]));
        }
        return out;
    }

    /**
     * Remembers names ESI answered (id -> category and name): the one write path of {@code eve_entity}.
     * A name seen again replaces the old one (characters and corporations get renamed).
     */
    @Transactional
    public void rememberEntities(Map<Long, Entity> named) {
        for (Map.Entry<Long, Entity> e : named.entrySet()) {
            em.createNativeQuery("INSERT INTO eve_entity (entity_id, category, name) VALUES (?1, ?2, ?3) "
                            + "ON CONFLICT (entity_id) DO UPDATE SET category = EXCLUDED.category, name = EXCLUDED.name")
                    .setParameter(1, e.getKey()).setParameter(2, e.getValue().category())
                    .setParameter(3, e.getValue().name()).executeUpdate();
        }
    }

    /** What ESI says an ID names: its category ("character", "alliance" ...) and its name. */
    public record Entity(String category, String name) {
    }

    private Map<Integer, String> intNames(String sql) {
        Map<Integer, String> out = new HashMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] r = (Object[]) row;
            out.put(((Number) r[0]).intValue(), String.valueOf(r[1]));
        }
        return out;
    }

    /** ESI's category word for an entity kind, as stored. */
    static String entityCategory(Kind kind) {
        return switch (kind) {
            case CHARACTER -> "character";
            case CORPORATION -> "corporation";
            case ALLIANCE -> "alliance";
            case FACTION -> "faction";
            default -> throw new IllegalArgumentException(kind + " is not an entity");
        };
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static List<NamedId> rows(List<?> rows) {
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new NamedId(((Number) r[0]).longValue(), String.valueOf(r[1]))).toList();
    }
}
