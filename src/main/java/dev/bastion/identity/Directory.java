package dev.bastion.identity;

import dev.bastion.eve.NamedId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Identity's read port for names: the organisations members belong to and the states, searched by the
 * start of a name or looked up by ID, for other modules' pickers and labels (they never read identity's
 * tables themselves).
 */
@ApplicationScoped
public class Directory {

    @PersistenceContext(unitName = "bastion")
    EntityManager em;

    public List<NamedId> organizations(EveOrganization.Kind kind, String typed, int max) {
        return em.createQuery("SELECT o FROM EveOrganization o WHERE o.kind = :k AND lower(o.name) LIKE :q ESCAPE '\\' "
                        + "ORDER BY o.name", EveOrganization.class)
                .setParameter("k", kind).setParameter("q", like(typed)).setMaxResults(max).getResultList()
                .stream().map(o -> new NamedId(o.getId(), o.getName())).toList();
    }

    public Optional<String> organizationName(long id) {
        return Optional.ofNullable(em.find(EveOrganization.class, id)).map(EveOrganization::getName);
    }

    /** States by priority, highest first, as the admin console lists them. */
    public List<NamedId> states(String typed, int max) {
        return em.createQuery("SELECT s FROM State s WHERE lower(s.name) LIKE :q ESCAPE '\\' ORDER BY s.priority DESC",
                        State.class)
                .setParameter("q", like(typed)).setMaxResults(max).getResultList()
                .stream().map(s -> new NamedId(s.getId(), s.getName())).toList();
    }

    public Optional<String> stateName(long id) {
        return Optional.ofNullable(em.find(State.class, id)).map(State::getName);
    }

    private static String like(String typed) {
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
