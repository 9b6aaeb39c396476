package dev.bastion.identity.app;

import dev.bastion.identity.model.AuditAction;
import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.AuthGroup;
import dev.bastion.identity.model.GrantRule;
import dev.bastion.identity.model.GroupOutcome;
import dev.bastion.identity.model.GroupRequest;
import dev.bastion.identity.model.GroupRules;
import dev.bastion.platform.Refusal;
import dev.bastion.identity.model.JoinPolicy;
import dev.bastion.identity.model.State;
import dev.bastion.identity.model.User;
import dev.bastion.identity.model.UserNotification;
import dev.bastion.identity.model.JoinRequestRow;
import dev.bastion.identity.model.UserQuery;
import dev.bastion.identity.model.UserRow;
import dev.bastion.identity.infra.IdentityReads;
import dev.bastion.platform.Slice;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;

/**
 * Group membership: members join open groups, request the others, leave at will; leaders and group
 * managers decide requests; group managers assign members directly. Every change is audited.
 * Callers pass whether the actor manages all groups; leadership is checked here against the data.
 */
@Stateless
public class GroupService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    Privileges privileges;

    @Inject
    IdentityReads reads;

    public List<AuthGroup> all() {
        return em.createQuery("SELECT g FROM AuthGroup g ORDER BY g.name", AuthGroup.class).getResultList();
    }

    public AuthGroup group(long id) {
        AuthGroup g = em.find(AuthGroup.class, id);
        if (g == null) {
            throw new Refusal("No such group.");
        }
        return g;
    }

    /** One page of a group's members by name, searched by part of a username or character name, with the count. */
    public Slice<UserRow> members(long groupId, String search, int offset, int limit) {
        group(groupId);
        return reads.users(UserQuery.membersOf(groupId, search), offset, limit);
    }

    /** How many members each group has, by group ID (0 for an empty group), in one query for the group list. */
    public Map<Long, Long> memberCounts() {
        return reads.memberCounts();
    }

    /**
     * One page of the pending requests the actor may decide, oldest first: every group's for a group manager,
     * else those of the groups they lead; never their own. With the count of all of them.
     */
    public Slice<JoinRequestRow> pendingRequests(long actorId, boolean managesGroups, int offset, int limit) {
        return reads.pendingRequests(managesGroups ? null : actorId, actorId, offset, limit);
    }

    /** Groups listed to this user: open or by request, and allowed for their state. */
    public List<AuthGroup> joinable(User user) {
        return all().stream().filter(g -> g.getJoinPolicy().listed() && !g.hasMember(user)
                && GroupRules.stateAllows(g.stateIds(), user.getState().getId())).toList();
    }

    public GroupOutcome join(long userId, long groupId) {
        User user = em.find(User.class, userId);
        AuthGroup g = group(groupId);
        GroupRules.JoinOutcome outcome = GroupRules.join(g.getJoinPolicy(), g.stateIds(), user.getState().getId(), g.hasMember(user));
        switch (outcome) {
            case JOINED -> {
                g.getMembers().add(user);
                audit.record(Actor.of(user), AuditAction.GROUP_MEMBER_ADDED, "group " + g.getName(), null, user.displayName() + " joined");
                return new GroupOutcome(GroupOutcome.Kind.JOINED, g.getName(), user.displayName());
            }
            case REQUESTED -> {
                if (pending(g, user) != null) {
                    return new GroupOutcome(GroupOutcome.Kind.REQUEST_ALREADY_WAITING, g.getName(), user.displayName());
                }
                em.persist(new GroupRequest(g, user));
                audit.record(Actor.of(user), AuditAction.GROUP_REQUEST, "group " + g.getName(), null, user.displayName() + " asked to join");
                return new GroupOutcome(GroupOutcome.Kind.REQUEST_SENT, g.getName(), user.displayName());
            }
            case ALREADY_MEMBER -> {
                return new GroupOutcome(GroupOutcome.Kind.ALREADY_MEMBER, g.getName(), user.displayName());
            }
            case REFUSED_STATE -> throw new Refusal(g.getName() + " is not open to your state ("
                    + user.getState().getName() + ").");
            default -> throw new Refusal(g.getName() + " cannot be joined; an administrator assigns its members.");
        }
    }

    public GroupOutcome leave(long userId, long groupId) {
        User user = em.find(User.class, userId);
        AuthGroup g = group(groupId);
        if (!g.hasMember(user)) {
            throw new Refusal("You are not a member of " + g.getName() + ".");
        }
        if (g.getJoinPolicy() == JoinPolicy.INTERNAL || g.getJoinPolicy() == JoinPolicy.HIDDEN) {
            throw new Refusal(g.getName() + " is managed by administrators; ask one to remove you.");
        }
        g.getMembers().removeIf(m -> m.getId().equals(userId));
        audit.record(Actor.of(user), AuditAction.GROUP_MEMBER_REMOVED, "group " + g.getName(), user.displayName(), "left");
        return new GroupOutcome(GroupOutcome.Kind.LEFT, g.getName(), user.displayName());
    }

    public GroupOutcome withdraw(long userId, long groupId) {
        User user = em.find(User.class, userId);
        GroupRequest r = pending(group(groupId), user);
        if (r == null) {
            throw new Refusal("There is no pending request to withdraw.");
        }
        r.decide(GroupRequest.Status.WITHDRAWN, user);
        audit.record(Actor.of(user), AuditAction.GROUP_REQUEST_WITHDRAWN, "group " + r.getGroup().getName(), "pending", "withdrawn");
        return new GroupOutcome(GroupOutcome.Kind.WITHDRAWN, r.getGroup().getName(), user.displayName());
    }

    public boolean leadsAnyGroup(User user) {
        return !em.createQuery("SELECT g.id FROM AuthGroup g JOIN g.leaders l WHERE l.id = :u")
                .setParameter("u", user.getId()).setMaxResults(1).getResultList().isEmpty();
    }

    public GroupOutcome decide(long actorId, boolean managesGroups, long requestId, boolean approve) {
        User actor = em.find(User.class, actorId);
        GroupRequest r = em.find(GroupRequest.class, requestId);
        if (r == null || (!managesGroups && !r.getGroup().isLedBy(actor))) {
            throw new Refusal("That request does not exist or is not yours to decide.");
        }
        if (r.getStatus() != GroupRequest.Status.PENDING) {
            throw new Refusal("That request was already decided (" + r.getStatus().name().toLowerCase() + ").");
        }
        AuthGroup g = r.getGroup();
        User applicant = r.getUser();
        GrantRule.requireNotOwnRequest(actorId, applicant.getId());
        if (approve) {
            GrantRule.requireHeld(privileges.of(Actor.of(actor)), g.getPermissions(), "approve a request to join " + g.getName());
        }
        if (approve && !GroupRules.stateAllows(g.stateIds(), applicant.getState().getId())) {
            throw new Refusal(applicant.displayName() + " is in state " + applicant.getState().getName()
                    + ", which " + g.getName() + " does not allow.");
        }
        r.decide(approve ? GroupRequest.Status.APPROVED : GroupRequest.Status.REJECTED, actor);
        if (approve) {
            g.getMembers().add(applicant);
        }
        audit.record(Actor.of(actor), approve ? AuditAction.GROUP_REQUEST_APPROVED : AuditAction.GROUP_REQUEST_REJECTED, "group " + g.getName(),
                "pending", applicant.displayName() + (approve ? " joined" : " refused"));
        notifications.notify(applicant, UserNotification.Level.INFO, "Your request to join " + g.getName() + " was "
                + (approve ? "approved." : "rejected."));
        return new GroupOutcome(approve ? GroupOutcome.Kind.APPROVED : GroupOutcome.Kind.REJECTED, g.getName(),
                applicant.displayName());
    }

    /** A group manager adds someone, whatever the policy (but not past a state restriction). */
    public void addMember(Actor actor, long groupId, long userId) {
        AuthGroup g = group(groupId);
        GrantRule.requireHeld(privileges.of(actor), g.getPermissions(), "add a member to " + g.getName());
        User u = em.find(User.class, userId);
        if (u == null) {
            throw new Refusal("No such user.");
        }
        if (!GroupRules.stateAllows(g.stateIds(), u.getState().getId())) {
            throw new Refusal(u.displayName() + " is in state " + u.getState().getName() + ", which "
                    + g.getName() + " does not allow.");
        }
        if (g.hasMember(u)) {
            return;
        }
        g.getMembers().add(u);
        audit.record(actor, AuditAction.GROUP_MEMBER_ADDED, "group " + g.getName(), null, u.displayName());
    }

    public void removeMember(Actor actor, long groupId, long userId) {
        AuthGroup g = group(groupId);
        GrantRule.requireHeld(privileges.of(actor), g.getPermissions(), "remove a member from " + g.getName());
        User u = em.find(User.class, userId);
        if (u != null && g.getMembers().removeIf(m -> m.getId().equals(userId))) {
            audit.record(actor, AuditAction.GROUP_MEMBER_REMOVED, "group " + g.getName(), u.displayName(), null);
        }
    }

    /** Creates or updates a group's definition; members of now-disallowed states leave it. */
    public AuthGroup save(Actor actor, Long id, String name, String description, JoinPolicy policy, List<Long> stateIds,
                          List<Long> leaderIds) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new Refusal("name", "A group needs a name of 1 to 100 characters.");
        }
        List<AuthGroup> sameName = em.createQuery("SELECT g FROM AuthGroup g WHERE LOWER(g.name) = :n", AuthGroup.class)
                .setParameter("n", trimmed.toLowerCase()).getResultList();
        if (sameName.stream().anyMatch(g -> !g.getId().equals(id))) {
            throw new Refusal("name", "A group named " + trimmed + " already exists.");
        }
        AuthGroup g = id == null ? new AuthGroup(trimmed, description, policy) : group(id);
        // Policy, states, leaders: any change to a group decides who gets its permissions.
        GrantRule.requireHeld(privileges.of(actor), g.getPermissions(), "change the group " + g.getName());
        String before = id == null ? null : g.describe();
        g.setName(trimmed);
        g.setDescription(description);
        g.setJoinPolicy(policy);
        g.getStates().clear();
        for (Long s : stateIds) {
            State st = em.find(State.class, s);
            if (st == null) {
                throw new Refusal("states", "No such state: " + s);
            }
            g.getStates().add(st);
        }
        g.getLeaders().clear();
        for (Long l : leaderIds) {
            User u = em.find(User.class, l);
            if (u == null) {
                throw new Refusal("leaders", "No such user: " + l);
            }
            g.getLeaders().add(u);
        }
        if (id == null) {
            em.persist(g);
        }
        for (User m : List.copyOf(g.getMembers())) {
            if (GroupRules.mustLeave(g.stateIds(), m.getState().getId())) {
                g.getMembers().remove(m);
                audit.record(actor, AuditAction.GROUP_MEMBER_REMOVED, "group " + g.getName(), m.displayName(),
                        "left: state " + m.getState().getName() + " is no longer allowed");
            }
        }
        audit.record(actor, id == null ? AuditAction.GROUP_CREATED : AuditAction.GROUP_CHANGED, "group " + g.getName(), before, g.describe());
        return g;
    }

    public void delete(Actor actor, long groupId) {
        AuthGroup g = group(groupId);
        GrantRule.requireHeld(privileges.of(actor), g.getPermissions(), "delete the group " + g.getName());
        audit.record(actor, AuditAction.GROUP_DELETED, "group " + g.getName(), g.describe() + ", members=" + g.getMembers().size(), null);
        em.remove(g);
    }

    private GroupRequest pending(AuthGroup g, User u) {
        List<GroupRequest> r = em.createQuery("SELECT r FROM GroupRequest r WHERE r.group.id = :g AND r.user.id = :u "
                + "AND r.status = :s", GroupRequest.class).setParameter("g", g.getId()).setParameter("u", u.getId())
                .setParameter("s", GroupRequest.Status.PENDING).getResultList();
        return r.isEmpty() ? null : r.get(0);
    }

    public boolean hasPendingRequest(long userId, long groupId) {
        return pending(group(groupId), em.find(User.class, userId)) != null;
    }
}
