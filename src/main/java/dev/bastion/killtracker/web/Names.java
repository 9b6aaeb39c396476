package dev.bastion.killtracker.web;

import dev.bastion.killtracker.LiveKillWorld;
import dev.bastion.killtracker.RefList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Autocomplete and display names for the tracker form: each entry reads "Name (id)", so a form posts
 * back something a person can read and the server can parse without any view state.
 */
@ApplicationScoped
public class Names {

    private static final Pattern TRAILING_ID = Pattern.compile("\\((-?\\d{1,19})\\)\\s*$");
    private static final int MAX = 15;

    @PersistenceContext(unitName = "bastion")
    EntityManager em;

    @Inject
    LiveKillWorld world;

    /** Suggestions for what the user typed, for one kind of entry. */
    public List<String> complete(RefList.Referent referent, String typed) {
        String q = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        if (q.length() < 2 && referent != RefList.Referent.STATE && referent != RefList.Referent.FACTION) {
            return List.of();
        }
        String like = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String sql = switch (referent) {
            case REGION -> "SELECT name, region_id FROM eve_region WHERE lower(name) LIKE ?1 ORDER BY name";
            case CONSTELLATION -> "SELECT name, constellation_id FROM eve_constellation WHERE lower(name) LIKE ?1 ORDER BY name";
            case SOLAR_SYSTEM -> "SELECT name, solar_system_id FROM eve_solar_system WHERE lower(name) LIKE ?1 ORDER BY name";
            case GROUP -> "SELECT g.name, g.group_id FROM eve_group g JOIN eve_category c ON c.category_id = g.category_id "
                    + "WHERE lower(g.name) LIKE ?1 AND c.category_id IN (6, 7, 8, 11, 18, 22, 65, 87) ORDER BY g.name";
            case TYPE -> "SELECT t.name, t.type_id FROM eve_type t JOIN eve_group g ON g.group_id = t.group_id "
                    + "WHERE lower(t.name) LIKE ?1 AND g.category_id IN (6, 7, 8, 11, 18, 22, 65, 87) ORDER BY t.name";
            case ALLIANCE -> "SELECT name, entity_id FROM (SELECT name, entity_id FROM eve_entity WHERE category = 'alliance' "
                    + "UNION SELECT name, id FROM eve_organization WHERE kind = 'ALLIANCE') o WHERE lower(name) LIKE ?1 ORDER BY name";
            case CORPORATION -> "SELECT name, entity_id FROM (SELECT name, entity_id FROM eve_entity WHERE category = 'corporation' "
                    + "UNION SELECT name, id FROM eve_organization WHERE kind = 'CORPORATION') o WHERE lower(name) LIKE ?1 ORDER BY name";
            case FACTION -> "SELECT name, entity_id FROM (SELECT name, entity_id FROM eve_entity WHERE category = 'faction' "
                    + "UNION SELECT name, id FROM eve_organization WHERE kind = 'FACTION') o WHERE lower(name) LIKE ?1 ORDER BY name";
            case STATE -> "SELECT name, id FROM user_state WHERE lower(name) LIKE ?1 ORDER BY priority DESC";
            case DISCORD_ROLE -> null;
        };
        if (sql == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).setParameter(1, like).setMaxResults(MAX).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(r[0] + " (" + r[1] + ")");
        }
        return out;
    }

    /** "Name (id)" for an ID of a kind; the ID alone in parentheses when the name is unknown. */
    public String label(RefList.Referent referent, long id) {
        String name = namer(referent).apply(id);
        return (name == null ? "" : name + " ") + "(" + id + ")";
    }

    public Function<Long, String> namer(RefList.Referent referent) {
        return id -> switch (referent) {
            case REGION -> world.region(id.intValue());
            case GROUP -> world.group(id.intValue());
            case TYPE -> world.type(id.intValue());
            case SOLAR_SYSTEM -> world.system(id.intValue()).map(s -> s.name()).orElse(null);
            case CONSTELLATION -> single("SELECT name FROM eve_constellation WHERE constellation_id = ?1", id.intValue());
            case STATE -> single("SELECT name FROM user_state WHERE id = ?1", id);
            case DISCORD_ROLE -> null;
            default -> world.entity(id) != null ? world.entity(id)
                    : single("SELECT name FROM eve_organization WHERE id = ?1", id);
        };
    }

    private String single(String sql, Object id) {
        List<?> r = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return r.isEmpty() ? null : String.valueOf(r.get(0));
    }

    /** The ID of an entry "Name (id)" or a bare number; null when neither. */
    public static Long idOf(String entry) {
        if (entry == null) {
            return null;
        }
        String s = entry.strip();
        if (s.matches("\\d{1,19}")) {
            return Long.parseLong(s);
        }
        Matcher m = TRAILING_ID.matcher(s);
        return m.find() ? Long.parseLong(m.group(1)) : null;
    }
}
