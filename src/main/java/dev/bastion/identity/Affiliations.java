package dev.bastion.identity;

import dev.bastion.esi.EsiClient;
import dev.bastion.esi.EsiException;
import jakarta.ejb.Stateless;
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
import java.util.Set;
import java.util.logging.Logger;

/**
 * Keeps characters' corporations, alliances and factions current from ESI's bulk affiliation route
 * (1000 characters per call), and the names of those organisations for display.
 */
@Stateless
public class Affiliations {

    private static final Logger LOG = Logger.getLogger(Affiliations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    EsiClient esi;

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

    /** Like {@link #refresh} for one character, but an ESI outage only leaves the affiliation as it was. */
    public void refreshQuietly(EveCharacter character) {
        try {
            refresh(List.of(character));
        } catch (EsiException e) {
            LOG.warning(() -> "Affiliation of character " + character.getId() + " not refreshed: " + e.getMessage());
        }
    }

    /** Fetches names of organisations not yet known (unresolvable IDs are skipped by the ESI client). */
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
                em.persist(new EveOrganization(n.getJsonNumber("id").longValue(), kind, n.getString("name"), null));
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
