package dev.bastion.identity.app;

import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.Affiliation;
import dev.bastion.identity.model.CharacterOwnership;
import dev.bastion.identity.model.EveCharacter;
import dev.bastion.identity.model.EveOrganization;

import dev.bastion.esi.app.EsiClient;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Keeps characters' corporations, alliances and factions current from ESI's bulk affiliation route
 * (1000 characters per call), and the names of those organisations for display. One character's
 * refresh comes in three steps ({@link #lookUp}, {@link #learnNames}, {@link #apply}) so that no
 * transaction is open while ESI is asked for the affiliation.
 */
@Stateless
public class Affiliations {

    private static final Logger LOG = Logger.getLogger(Affiliations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    EsiClient esi;

    @Inject
    StateService states;

    /** Reads the affiliation of the given characters; returns the IDs whose affiliation changed. */
    public Set<Long> refresh(Collection<EveCharacter> characters) {
        Map<Long, EveCharacter> byId = new HashMap<>();
        characters.forEach(c -> byId.put(c.getId(), c));
        Set<Long> changed = new HashSet<>();
        Set<Long> organisations = new HashSet<>();
        OffsetDateTime now = OffsetDateTime.now();
        for (JsonObject row : esi.affiliation(byId.keySet())) {
            long id = row.getJsonNumber("character_id").longValue();
            EveCharacter c = byId.get(id);
            if (c == null) {
                continue;
            }
            Affiliation a = new Affiliation(id, optional(row, "corporation_id"), optional(row, "alliance_id"),
                    optional(row, "faction_id"));
            if (c.updateAffiliation(a, now)) {
                changed.add(id);
            }
            organisations.add(a.corporationId());
            if (a.allianceId() != null) {
                organisations.add(a.allianceId());
            }
            if (a.factionId() != null) {
                organisations.add(a.factionId());
            }
        }
        organisations.remove(null);
        learnNames(organisations);
        return changed;
    }

    /** One character's affiliation as ESI reports it now, empty if ESI does not report it; no transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Affiliation> lookUp(long characterId) {
        for (JsonObject row : esi.affiliation(List.of(characterId))) {
            if (row.getJsonNumber("character_id").longValue() == characterId) {
                return Optional.of(new Affiliation(characterId, optional(row, "corporation_id"), optional(row, "alliance_id"),
                        optional(row, "faction_id")));
            }
        }
        return Optional.empty();
    }

    /**
     * Records a character's affiliation and re-evaluates its owner's state (the state follows the main's
     * affiliation); true when the owner's state changed.
     */
    public boolean apply(Affiliation a) {
        EveCharacter c = em.find(EveCharacter.class, a.characterId());
        if (c == null) {
            return false;
        }
        if (c.updateAffiliation(a, OffsetDateTime.now())) {
            LOG.fine(() -> "Affiliation of character " + a.characterId() + " is now " + a);
        }
        CharacterOwnership ownership = em.find(CharacterOwnership.class, a.characterId());
        return ownership != null && states.evaluate(ownership.getUser(), Actor.SYSTEM);
    }

    /** The corporation, alliance and faction an affiliation names. */
    public static Set<Long> organisations(Affiliation a) {
        Set<Long> ids = new HashSet<>();
        for (Long id : new Long[] {a.corporationId(), a.allianceId(), a.factionId()}) {
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Fetches names of organisations not yet known (unresolvable IDs are skipped by the ESI client). Two
     * refreshes may learn the same name at once, so a name already stored wins and nothing fails.
     */
    public void learnNames(Collection<Long> ids) {
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            if (id != null && em.find(EveOrganization.class, id) == null) {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        for (JsonObject n : esi.names(missing).values()) {
            EveOrganization.Kind kind = switch (n.getString("category", "")) {
                case "corporation" -> EveOrganization.Kind.CORPORATION;
                case "alliance" -> EveOrganization.Kind.ALLIANCE;
                case "faction" -> EveOrganization.Kind.FACTION;
                default -> null;
            };
            if (kind != null) {
                em.createNativeQuery("INSERT INTO eve_organization (id, kind, name) VALUES (?1, ?2, ?3) "
                                + "ON CONFLICT (id) DO NOTHING")
                        .setParameter(1, n.getJsonNumber("id").longValue()).setParameter(2, kind.name())
                        .setParameter(3, n.getString("name")).executeUpdate();
            }
        }
    }

    public String nameOf(Long id) {
        if (id == null) {
            return "";
        }
        EveOrganization o = em.find(EveOrganization.class, id);
        return o == null ? String.valueOf(id) : o.getName();
    }

    private static Long optional(JsonObject row, String key) {
        return row.containsKey(key) && !row.isNull(key) ? row.getJsonNumber(key).longValue() : null;
    }
}
