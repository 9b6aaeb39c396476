package dev.bastion.eve.app;

import dev.bastion.eve.model.EveCategory;
import dev.bastion.eve.model.EveGroup;
import dev.bastion.eve.model.EveType;
import dev.bastion.eve.infra.UnknownTypeIds;

import dev.bastion.esi.app.EsiClient;
import dev.bastion.esi.model.EsiException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Looks up inventory types, groups and categories. A type the loaded SDE lacks (new ships since the
 * last import) is fetched from ESI /universe/types/{id}, with its group and category when those are
 * missing too, and stored with origin ESI so that it is never fetched twice. An ID ESI refused is not
 * asked about again for a while ({@link UnknownTypeIds}): each refusal spends the shared ESI error limit.
 */
@ApplicationScoped
public class EveTypes {

    private static final Logger LOG = Logger.getLogger(EveTypes.class.getName());

    @PersistenceContext(unitName = "bastion")
    EntityManager em;

    @Inject
    EsiClient esi;

    @Inject
    @ConfigProperty(name = "bastion.esi.unknown-type-ttl-minutes", defaultValue = "60")
    long unknownTtlMinutes;

    private UnknownTypeIds unknown;

    @PostConstruct
    void init() {
        unknown = new UnknownTypeIds(Duration.ofMinutes(Math.max(1, unknownTtlMinutes)), 10_000);
    }

    /** The type as stored (SDE, or fetched from ESI before); never asks ESI. */
    public Optional<EveType> stored(int typeId) {
        return Optional.ofNullable(em.find(EveType.class, typeId));
    }

    /**
     * The type, from the database or else from ESI; empty when ESI does not know it either, when ESI
     * refused it within the TTL, or when the ID cannot name a type (then ESI is not asked).
     */
    @Transactional
    public Optional<EveType> type(int typeId) {
        EveType known = em.find(EveType.class, typeId);
        if (known != null) {
            return Optional.of(known);
        }
        if (!UnknownTypeIds.plausible(typeId) || unknown.knownUnknown(typeId, Instant.now())) {
            return Optional.empty();
        }
        JsonObject t;
        try {
            t = esi.type(typeId);
        } catch (EsiException e) {
            if (e.kind() == EsiException.Kind.REJECTED && (e.status() == 404 || e.status() == 400)) {
                unknown.remember(typeId, Instant.now());
                return Optional.empty();
            }
            throw e;
        }
        int groupId = t.getInt("group_id");
        ensureGroup(groupId);
        em.createNativeQuery("INSERT INTO eve_type (type_id, group_id, name, published, mass, volume, origin) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'ESI') ON CONFLICT (type_id) DO NOTHING")
                .setParameter(1, typeId).setParameter(2, groupId).setParameter(3, t.getString("name"))
                .setParameter(4, t.getBoolean("published", true))
                .setParameter(5, t.containsKey("mass") ? t.getJsonNumber("mass").doubleValue() : null)
                .setParameter(6, t.containsKey("volume") ? t.getJsonNumber("volume").doubleValue() : null)
                .executeUpdate();
        LOG.info(() -> "Type " + typeId + " (" + t.getString("name") + ") was not in the SDE; fetched from ESI");
        return Optional.ofNullable(em.find(EveType.class, typeId));
    }

    public Optional<EveGroup> group(int groupId) {
        return Optional.ofNullable(em.find(EveGroup.class, groupId));
    }

    public Optional<EveCategory> category(int categoryId) {
        return Optional.ofNullable(em.find(EveCategory.class, categoryId));
    }

    private void ensureGroup(int groupId) {
        if (em.find(EveGroup.class, groupId) != null) {
            return;
        }
        JsonObject g = esi.group(groupId);
        int categoryId = g.getInt("category_id");
        if (em.find(EveCategory.class, categoryId) == null) {
            JsonObject c = esi.category(categoryId);
            em.createNativeQuery("INSERT INTO eve_category (category_id, name, published) VALUES (?1, ?2, ?3) "
                            + "ON CONFLICT (category_id) DO NOTHING")
                    .setParameter(1, categoryId).setParameter(2, c.getString("name"))
                    .setParameter(3, c.getBoolean("published", true)).executeUpdate();
        }
        em.createNativeQuery("INSERT INTO eve_group (group_id, category_id, name, published) VALUES (?1, ?2, ?3, ?4) "
                        + "ON CONFLICT (group_id) DO NOTHING")
                .setParameter(1, groupId).setParameter(2, categoryId).setParameter(3, g.getString("name"))
                .setParameter(4, g.getBoolean("published", true)).executeUpdate();
    }
}
