package dev.bastion.identity.app;

import dev.bastion.identity.model.EveCharacter;
import dev.bastion.identity.model.EveOrganization;
import dev.bastion.identity.model.State;

import dev.bastion.eve.model.NamedId;
import dev.bastion.identity.infra.IdentityReads;
import dev.bastion.identity.model.UserQuery;
import dev.bastion.identity.model.UserRow;
import dev.bastion.platform.Like;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Identity's read port for names: the organisations members belong to, the states and the users, searched by
 * name or looked up by ID, for other modules' pickers and labels (they never read identity's tables themselves).
 */
@ApplicationScoped
public class Directory {

    @PersistenceContext(unitName = "bastion")
    EntityManager em;

    @Inject
    IdentityReads reads;

    public List<NamedId> organizations(EveOrganization.Kind kind, String typed, int max) {
        return em.createQuery("SELECT o FROM EveOrganization o WHERE o.kind = :k AND lower(o.name) LIKE :q ESCAPE '\\' "
                        + "ORDER BY o.name", EveOrganization.class)
                .setParameter("k", kind).setParameter("q", Like.prefix(typed)).setMaxResults(max).getResultList()
                .stream().map(o -> new NamedId(o.getId(), o.getName())).toList();
    }

    public Optional<String> organizationName(long id) {
        return Optional.ofNullable(em.find(EveOrganization.class, id)).map(EveOrganization::getName);
    }

    /** Members' characters whose name starts with {@code typed} (case-insensitive), alphabetically. */
    public List<NamedId> characters(String typed, int max) {
        return em.createQuery("SELECT c FROM EveCharacter c WHERE lower(c.name) LIKE :q ESCAPE '\\' ORDER BY c.name",
                        EveCharacter.class)
                .setParameter("q", Like.prefix(typed)).setMaxResults(max).getResultList()
                .stream().map(c -> new NamedId(c.getId(), c.getName())).toList();
    }

    /** The name of a character identity knows (a member's character). */
    public Optional<String> characterName(long id) {
        return Optional.ofNullable(em.find(EveCharacter.class, id)).map(EveCharacter::getName);
    }

    /** States by priority, highest first, as the admin console lists them. */
    public List<NamedId> states(String typed, int max) {
        return em.createQuery("SELECT s FROM State s WHERE lower(s.name) LIKE :q ESCAPE '\\' ORDER BY s.priority DESC",
                        State.class)
                .setParameter("q", Like.prefix(typed)).setMaxResults(max).getResultList()
                .stream().map(s -> new NamedId(s.getId(), s.getName())).toList();
    }

    /**
     * Users by the name they are known by (their main's, else the username), searched by part of the username
     * or of any of their characters' names, ignoring case, alphabetically: for the admin pages' user pickers.
     */
    public List<NamedId> users(String typed, int max) {
        if (Like.blank(typed)) {
            return List.of();
        }
        return reads.users(UserQuery.search(typed), 0, max).rows().stream().map(u -> new NamedId(u.id(), u.name())).toList();
    }

    /** The name a user is known by (their main's, else the username). */
    public Optional<String> userName(long userId) {
        return Optional.ofNullable(reads.user(userId)).map(UserRow::name);
    }

    public Optional<String> stateName(long id) {
        return Optional.ofNullable(em.find(State.class, id)).map(State::getName);
    }

    /** Names of every character and organisation identity knows (members' characters and their corporations). */
    public Map<Long, String> knownNames() {
        Map<Long, String> out = new HashMap<>();
        for (String sql : new String[] {"SELECT id, name FROM eve_organization", "SELECT character_id, name FROM eve_character"}) {
            for (Object row : em.createNativeQuery(sql).getResultList()) {
                Object[] r = (Object[]) row;
                out.put(((Number) r[0]).longValue(), String.valueOf(r[1]));
            }
        }
        return out;
    }

    /** The state of each character's owner, for characters whose user is active (character id -> state id). */
    public Map<Long, Long> ownersStates() {
        Map<Long, Long> out = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT o.character_id, u.state_id FROM character_ownership o "
                + "JOIN app_user u ON u.id = o.user_id WHERE u.active").getResultList()) {
            Object[] r = (Object[]) row;
            out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return out;
    }
}
