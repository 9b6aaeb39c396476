package dev.bastion.eve.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * The universe's read port for static data as CCP publishes it (the SDE rows, not types the portal
 * learnt from ESI): what the embedded simulator serves as ESI's universe routes, so that it never
 * reads the universe's tables itself.
 */
@ApplicationScoped
public class UniverseCatalog {

    /** A type as ESI describes it; mass and volume may be unknown. */
    public record TypeFacts(int typeId, int groupId, String name, boolean published, Double mass, Double volume) {
    }

    /** A group or a category as ESI describes it; {@code parentId} is the category of a group, 0 for a category. */
    public record GroupFacts(int id, String name, int parentId, boolean published) {
    }

    @PersistenceContext(unitName = "bastion")
    EntityManager em;

    /** Published types from the SDE, in ID order. */
    public List<Integer> publishedSdeTypeIds() {
        return em.createNativeQuery("SELECT type_id FROM eve_type WHERE origin = 'SDE' AND published ORDER BY type_id")
                .getResultList().stream().map(o -> ((Number) o).intValue()).toList();
    }

    public Optional<TypeFacts> sdeType(int typeId) {
        List<?> rows = em.createNativeQuery("SELECT type_id, group_id, name, published, mass, volume FROM eve_type "
                + "WHERE type_id = ?1 AND origin = 'SDE'").setParameter(1, typeId).getResultList();
        return rows.stream().map(row -> (Object[]) row).findFirst().map(r -> new TypeFacts(((Number) r[0]).intValue(),
                ((Number) r[1]).intValue(), (String) r[2], (Boolean) r[3], number(r[4]), number(r[5])));
    }

    public Optional<GroupFacts> group(int groupId) {
        List<?> rows = em.createNativeQuery("SELECT name, category_id, published FROM eve_group WHERE group_id = ?1")
                .setParameter(1, groupId).getResultList();
        return rows.stream().map(row -> (Object[]) row).findFirst()
                .map(r -> new GroupFacts(groupId, (String) r[0], ((Number) r[1]).intValue(), (Boolean) r[2]));
    }

    public Optional<GroupFacts> category(int categoryId) {
        List<?> rows = em.createNativeQuery("SELECT name, published FROM eve_category WHERE category_id = ?1")
                .setParameter(1, categoryId).getResultList();
        return rows.stream().map(row -> (Object[]) row).findFirst()
                .map(r -> new GroupFacts(categoryId, (String) r[0], 0, (Boolean) r[1]));
    }

    private static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
