package dev.bastion.identity.app;

import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.Affiliation;
import dev.bastion.identity.model.AuditAction;
import dev.bastion.identity.model.AuthGroup;
import dev.bastion.identity.model.EveCharacter;
import dev.bastion.identity.model.GroupRules;
import dev.bastion.identity.model.State;
import dev.bastion.identity.model.StateDefinition;
import dev.bastion.identity.model.StateResolver;
import dev.bastion.identity.model.User;
import dev.bastion.identity.model.UserNotification;
import dev.bastion.identity.model.Welcome;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Applies the state rule to users, and what follows a state change: the user is told (or, the first
 * time their state is settled, welcomed), the change is audited, and the user leaves every
 * state-restricted group the new state may not be in.
 */
@Stateless
public class StateService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    /** The site's name, as the welcome says it. */
    @Inject
    @ConfigProperty(name = "bastion.site.name", defaultValue = "Bastion")
    String siteName;

    public List<State> all() {
        return em.createQuery("SELECT s FROM State s ORDER BY s.priority DESC", State.class).getResultList();
    }

    /** The lowest-priority state, which every new user starts in. */
    public State guest() {
        List<State> states = all();
        return states.get(states.size() - 1);
    }

    /**
     * Re-evaluates one user; true when their state changed. The first evaluation that knows the main's
     * affiliation welcomes the user ({@link Welcome}) instead of announcing a change; later changes are announced.
     */
    public boolean evaluate(User user, Actor actor) {
        List<State> states = all();
        List<StateDefinition> defs = states.stream().map(State::definition).toList();
        Optional<Affiliation> main = Optional.ofNullable(user.getMain()).map(EveCharacter::affiliation);
        StateDefinition target = StateResolver.resolve(defs, main, user.isActive());
        State old = user.getState();
        boolean changed = old == null || !old.getId().equals(target.id());
        State next = changed ? states.stream().filter(s -> s.getId().equals(target.id())).findFirst().orElseThrow() : old;
        if (changed) {
            user.setState(next);
            audit.record(actor, AuditAction.USER_STATE, "user " + user.displayName(), old == null ? null : old.getName(),
                    next.getName());
        }
        boolean welcomed = user.isWelcomed();
        if (Welcome.due(welcomed, user.isActive(), user.getMain() != null && user.getMain().getAffiliationCheckedAt() != null)) {
            notifications.notify(user, UserNotification.Level.INFO, Welcome.message(siteName, user.getMain().getName(),
                    next.getName(), next.getId().equals(states.get(states.size() - 1).getId())));
            user.markWelcomed(OffsetDateTime.now());
        } else if (changed && old != null && Welcome.announceChange(welcomed)) {
            notifications.notify(user, UserNotification.Level.INFO, "Your state changed from " + old.getName() + " to "
                    + next.getName() + ".");
        }
        if (changed) {
            leaveDisallowedGroups(user, next, actor);
        }
        return changed;
    }

    /** Re-evaluates every user (after a state's definition changed or affiliations were refreshed). */
    public int evaluateAll(Actor actor) {
        int changed = 0;
        for (User u : em.createQuery("SELECT u FROM User u", User.class).getResultList()) {
            if (evaluate(u, actor)) {
                changed++;
            }
        }
        return changed;
    }

    private void leaveDisallowedGroups(User user, State state, Actor actor) {
        List<AuthGroup> groups = em.createQuery("SELECT g FROM AuthGroup g JOIN g.members m WHERE m.id = :u", AuthGroup.class)
                .setParameter("u", user.getId()).getResultList();
        for (AuthGroup g : groups) {
            if (GroupRules.mustLeave(g.stateIds(), state.getId())) {
                g.getMembers().removeIf(m -> m.getId().equals(user.getId()));
                audit.record(actor, AuditAction.GROUP_MEMBER_REMOVED, "group " + g.getName(), user.displayName(),
                        "left: state " + state.getName() + " is not allowed");
                notifications.notify(user, UserNotification.Level.WARNING, "You left the group " + g.getName()
                        + ": it is not open to the state " + state.getName() + ".");
            }
        }
    }
}
