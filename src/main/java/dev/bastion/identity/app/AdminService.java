package dev.bastion.identity.app;

import dev.bastion.identity.model.AuditAction;
import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.AuthGroup;
import dev.bastion.identity.model.EffectivePermissions;
import dev.bastion.identity.model.GrantRule;
import dev.bastion.platform.Refusal;
import dev.bastion.identity.model.Permission;
import dev.bastion.identity.model.State;
import dev.bastion.identity.model.User;
import dev.bastion.identity.model.UserQuery;
import dev.bastion.identity.model.UserRow;
import dev.bastion.identity.infra.IdentityReads;
import dev.bastion.platform.Slice;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.ArrayList;
import java.util.Comparator;

/**
 * Administration of users, states and permission grants. The web layer checks the actor's permission
 * before calling; every change here is audited with its before and after.
 */
@Stateless
public class AdminService {

    /** Who receives a grant. */
    public enum Grantee { STATE, GROUP, USER }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    StateService states;

    @Inject
    Notifications notifications;

    @Inject
    Privileges privileges;

    @Inject
    IdentityReads reads;

    /**
     * One page of users for the admin list: searched by part of the username or of any of their characters'
     * names (ignoring case), in the query's order, with the count of all users the search finds.
     */
    public Slice<UserRow> users(UserQuery query, int offset, int limit) {
        return reads.users(query, offset, limit);
    }

    public void setActive(Actor actor, long userId, boolean active) {
        User u = user(userId);
        if (u.isActive() == active) {
            return;
        }
        if (!active && actor.userId() != null && actor.userId() == userId) {
            throw new Refusal("You cannot deactivate yourself.");
        }
        GrantRule.requireSuperuserToChange(privileges.of(actor), u.isSuperuser(),
                (active ? "reactivate " : "deactivate ") + u.displayName());
        u.setActive(active);
        audit.record(actor, active ? AuditAction.USER_REACTIVATED : AuditAction.USER_DEACTIVATED, "user " + u.displayName(),
                String.valueOf(!active), String.valueOf(active));
        states.evaluate(u, actor);
    }

    public State saveState(Actor actor, Long id, String name, int priority, boolean isPublic, String description,
                           Collection<State.Member> members) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new Refusal("name", "A state needs a name of 1 to 100 characters.");
        }
        for (State other : states.all()) {
            if (!other.getId().equals(id) && other.getName().equalsIgnoreCase(trimmed)) {
                throw new Refusal("name", "A state named " + trimmed + " already exists.");
            }
            if (!other.getId().equals(id) && other.getPriority() == priority) {
                throw new Refusal("priority", "Priority " + priority + " is taken by " + other.getName()
                        + "; priorities must be unique.");
            }
        }
        State s = id == null ? new State(trimmed, priority, isPublic, description) : state(id);
        // Public flag, priority, members: any change to a state decides who gets its permissions.
        GrantRule.requireHeld(privileges.of(actor), s.getPermissions(), "change the state " + s.getName());
        Set<Permission> held = privileges.of(actor).all();
        String before = id == null ? null : s.describe();
        s.setName(trimmed);
        s.setPriority(priority);
        s.setPublic(isPublic);
        s.setDescription(description);
        s.getMembers().clear();
        s.getMembers().addAll(members);
        if (id == null) {
            em.persist(s);
        }
        em.flush();
        audit.record(actor, id == null ? AuditAction.STATE_CREATED : AuditAction.STATE_CHANGED, "state " + s.getName(), before, s.describe());
        states.evaluateAll(actor);
        refuseIfActorGained(actor, held, "save the state " + s.getName());
        return s;
    }

    public void deleteState(Actor actor, long id) {
        State s = state(id);
        GrantRule.requireHeld(privileges.of(actor), s.getPermissions(), "delete the state " + s.getName());
        Set<Permission> held = privileges.of(actor).all();
        if (states.guest().getId().equals(id)) {
            throw new Refusal(s.getName() + " is the guest state (lowest priority) and cannot be deleted.");
        }
        State guest = states.guest();
        em.createQuery("SELECT u FROM User u WHERE u.state.id = :s", User.class).setParameter("s", id).getResultList()
                .forEach(u -> u.setState(guest));
        em.createQuery("SELECT g FROM AuthGroup g", AuthGroup.class).getResultList()
                .forEach(g -> g.getStates().removeIf(st -> st.getId().equals(id)));
        em.flush();
        audit.record(actor, AuditAction.STATE_DELETED, "state " + s.getName(), s.describe(), null);
        em.remove(s);
        em.flush();
        states.evaluateAll(actor);
        refuseIfActorGained(actor, held, "delete the state " + s.getName());
    }

    /** A state change moves users between states, the actor among them: the actor must not come out holding more. */
    private void refuseIfActorGained(Actor actor, Set<Permission> before, String what) {
        GrantRule.requireNoGain(before, privileges.of(actor), what);
    }

    public void grant(Actor actor, Permission permission, Grantee kind, long granteeId, boolean grant) {
        EffectivePermissions held = privileges.of(actor);
        String what = (grant ? "grant " : "revoke ") + permission.code() + (grant ? " to " : " from ")
                + kind.name().toLowerCase() + " " + granteeName(kind, granteeId);
        GrantRule.requireHeld(held, List.of(permission.code()), what);
        if (kind == Grantee.USER) {
            GrantRule.requireSuperuserToChange(held, user(granteeId).isSuperuser(), what);
        }
        Set<String> target = permissionsOf(kind, granteeId);
        boolean changed = grant ? target.add(permission.code()) : target.remove(permission.code());
        if (changed) {
            audit.record(actor, grant ? AuditAction.PERMISSION_GRANTED : AuditAction.PERMISSION_REVOKED, kind.name().toLowerCase() + " "
                    + granteeName(kind, granteeId), grant ? null : permission.code(), grant ? permission.code() : null);
        }
    }

    /** One permission granted to one state, group or user. */
    public record Grant(String permission, Grantee kind, long granteeId, String grantee) {
    }

    /** Every grant, sorted by permission then grantee, for the permissions page. */
    public List<Grant> grants() {
        List<Grant> rows = new ArrayList<>();
        for (State s : states.all()) {
            s.getPermissions().forEach(p -> rows.add(new Grant(p, Grantee.STATE, s.getId(), s.getName())));
        }
        for (AuthGroup g : em.createQuery("SELECT g FROM AuthGroup g", AuthGroup.class).getResultList()) {
            g.getPermissions().forEach(p -> rows.add(new Grant(p, Grantee.GROUP, g.getId(), g.getName())));
        }
        for (User u : em.createQuery("SELECT u FROM User u WHERE u.permissions IS NOT EMPTY", User.class).getResultList()) {
            u.getPermissions().forEach(p -> rows.add(new Grant(p, Grantee.USER, u.getId(), u.displayName())));
        }
        rows.sort(Comparator.comparing(Grant::permission).thenComparing(Grant::kind).thenComparing(Grant::grantee));
        return rows;
    }

    private Set<String> permissionsOf(Grantee kind, long id) {
        return switch (kind) {
            case STATE -> state(id).getPermissions();
            case GROUP -> group(id).getPermissions();
            case USER -> user(id).getPermissions();
        };
    }

    private String granteeName(Grantee kind, long id) {
        return switch (kind) {
            case STATE -> state(id).getName();
            case GROUP -> group(id).getName();
            case USER -> user(id).displayName();
        };
    }

    public User user(long id) {
        User u = em.find(User.class, id);
        if (u == null) {
            throw new Refusal("No such user: " + id);
        }
        return u;
    }

    public State state(long id) {
        State s = em.find(State.class, id);
        if (s == null) {
            throw new Refusal("No such state: " + id);
        }
        return s;
    }

    private AuthGroup group(long id) {
        AuthGroup g = em.find(AuthGroup.class, id);
        if (g == null) {
            throw new Refusal("No such group: " + id);
        }
        return g;
    }
}
