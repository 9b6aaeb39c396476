package dev.bastion.identity.web;

import dev.bastion.platform.web.PageAccess;
import dev.bastion.identity.model.Actor;
import dev.bastion.identity.app.AdminService;
import dev.bastion.identity.model.AuthGroup;
import dev.bastion.identity.app.GroupService;
import dev.bastion.platform.Refusal;
import dev.bastion.identity.model.JoinPolicy;
import dev.bastion.identity.model.State;
import dev.bastion.identity.app.StateService;
import dev.bastion.identity.model.User;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Admin console: groups, their policy, state restrictions, leaders and members. Request-scoped, so the
 * group being edited is taken from the posted form as soon as the bean exists: the "Add a member" block
 * is rendered only while editing, and Faces skips the buttons of a block that is not rendered when it
 * decodes the postback, long before the hidden field would reach the bean.
 */
@Named("adminGroups")
@RequestScoped
public class GroupsBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/admin/groups.xhtml";

    @Inject
    PageAccess access;

    @Inject
    CurrentUser me;

    @Inject
    GroupService groups;

    @Inject
    StateService states;

    @Inject
    AdminService admin;

    private Long editing;
    private String name;
    private String description;
    private JoinPolicy policy = JoinPolicy.REQUEST;
    private List<Long> stateIds = new ArrayList<>();
    private List<Long> leaderIds = new ArrayList<>();
    private Long newMember;

    @PostConstruct
    void init() {
        String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("groups:editing");
        editing = posted != null && posted.matches("\\d{1,18}") ? Long.valueOf(posted) : null;
    }

    public List<AuthGroup> getGroups() {
        access.require(PAGE);
        return groups.all();
    }

    public List<User> members(AuthGroup g) {
        return g.getMembers().stream().sorted(Comparator.comparing(User::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public String names(java.util.Collection<?> items) {
        return items.stream().map(o -> o instanceof State s ? s.getName() : ((User) o).displayName()).sorted()
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    public JoinPolicy[] getPolicies() {
        return JoinPolicy.values();
    }

    public List<State> getAllStates() {
        return states.all();
    }

    public List<User> getAllUsers() {
        access.require(PAGE);
        return admin.searchUsers("");
    }

    public void create() {
        access.require(PAGE);
        editing = null;
        name = "";
        description = "";
        policy = JoinPolicy.REQUEST;
        stateIds = new ArrayList<>();
        leaderIds = new ArrayList<>();
    }

    public void edit(AuthGroup g) {
        access.require(PAGE);
        editing = g.getId();
        name = g.getName();
        description = g.getDescription();
        policy = g.getJoinPolicy();
        stateIds = new ArrayList<>(g.stateIds());
        leaderIds = new ArrayList<>(g.getLeaders().stream().map(User::getId).toList());
    }

    public String save() {
        access.require(PAGE);
        return Pages.runOrStay(() -> "Group " + groups.save(Actor.of(me.get()), editing, name, description, policy,
                stateIds, leaderIds).getName() + " saved.");
    }

    public String delete() {
        access.require(PAGE);
        return Pages.run(() -> {
            groups.delete(Actor.of(me.get()), Pages.idParam("group"));
            return "Group deleted.";
        });
    }

    public String addMember() {
        access.require(PAGE);
        return Pages.run(() -> {
            if (newMember == null) {
                throw new Refusal("Pick a user to add.");
            }
            groups.addMember(Actor.of(me.get()), Pages.idParam("group"), newMember);
            return "Member added.";
        });
    }

    public String removeMember() {
        access.require(PAGE);
        return Pages.run(() -> {
            groups.removeMember(Actor.of(me.get()), Pages.idParam("group"), Pages.idParam("user"));
            return "Member removed.";
        });
    }

    public Long getEditing() {
        return editing;
    }

    public void setEditing(Long editing) {
        this.editing = editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public JoinPolicy getPolicy() {
        return policy;
    }

    public void setPolicy(JoinPolicy policy) {
        this.policy = policy;
    }

    public List<Long> getStateIds() {
        return stateIds;
    }

    public void setStateIds(List<Long> stateIds) {
        this.stateIds = stateIds;
    }

    public List<Long> getLeaderIds() {
        return leaderIds;
    }

    public void setLeaderIds(List<Long> leaderIds) {
        this.leaderIds = leaderIds;
    }

    public Long getNewMember() {
        return newMember;
    }

    public void setNewMember(Long newMember) {
        this.newMember = newMember;
    }
}
