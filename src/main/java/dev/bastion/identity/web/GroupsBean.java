package dev.bastion.identity.web;

import dev.bastion.identity.app.GroupService;
import dev.bastion.identity.app.StateService;
import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.AuthGroup;
import dev.bastion.identity.model.JoinPolicy;
import dev.bastion.identity.model.State;
import dev.bastion.identity.model.User;
import dev.bastion.identity.model.UserRow;
import dev.bastion.platform.Refusal;
import dev.bastion.platform.Slice;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.LazyRows;
import dev.bastion.platform.web.PageAccess;
import dev.bastion.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Admin console: groups with their policy, state restrictions, leaders and member counts; one group's members
 * in their own paged, searchable table ({@code ?group=ID}), where members are added by name and removed.
 * Request-scoped, so what the page is about is taken from the request as soon as the bean exists: the group
 * being edited from the posted form (the editor's buttons are rendered only while editing, and Faces skips
 * the buttons of a block that is not rendered when it decodes the postback), the group whose members are
 * shown from {@code ?group=} or the members form.
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

    private Long editing;
    private String name;
    private String description;
    private JoinPolicy policy = JoinPolicy.REQUEST;
    private List<Long> stateIds = new ArrayList<>();
    private List<Long> leaderIds = new ArrayList<>();
    private Long newMember;
    private Long shown;
    private AuthGroup shownGroup;
    private List<AuthGroup> all;
    private Map<Long, Long> counts;

    private final LazyRows<UserRow> members = LazyRows.of(q -> {
        access.require(PAGE);
        return shown == null ? new Slice<>(List.of(), 0) : groups.members(shown, q.search(), q.offset(), q.limit());
    }, UserRow::id);

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        editing = id(params.get("groups:editing"));
        shown = id(params.containsKey("members:group") ? params.get("members:group") : params.get("group"));
    }

    private static Long id(String posted) {
        return posted != null && posted.matches("\\d{1,18}") ? Long.valueOf(posted) : null;
    }

    public List<AuthGroup> getGroups() {
        access.require(PAGE);
        if (all == null) {
            all = groups.all();
        }
        return all;
    }

    /** How many members the group has, from one query for the whole list. */
    public long memberCount(AuthGroup g) {
        access.require(PAGE);
        if (counts == null) {
            counts = groups.memberCounts();
        }
        return counts.getOrDefault(g.getId(), 0L);
    }

    /** The group whose members are shown, or null (none asked for, or it does not exist). */
    public AuthGroup getShown() {
        access.require(PAGE);
        if (shownGroup == null && shown != null) {
            shownGroup = getGroups().stream().filter(g -> g.getId().equals(shown)).findFirst().orElse(null);
        }
        return shownGroup;
    }

    public LazyRows<UserRow> getMembers() {
        access.require(PAGE);
        return members;
    }

    public List<User> leaders(AuthGroup g) {
        access.require(PAGE);
        return g.getLeaders().stream().sorted(Comparator.comparing(User::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public List<State> statesOf(AuthGroup g) {
        access.require(PAGE);
        return g.getStates().stream().sorted(Comparator.comparing(State::getPriority).reversed()).toList();
    }

    public List<String> permissionsOf(AuthGroup g) {
        access.require(PAGE);
        return g.getPermissions().stream().sorted().toList();
    }

    /** The policy in one word ("Open", "Request", ...), its label ("Open: join freely") shown on hover. */
    public String policyName(JoinPolicy p) {
        String label = p.label();
        return label.contains(":") ? label.substring(0, label.indexOf(':')) : label;
    }

    public JoinPolicy[] getPolicies() {
        return JoinPolicy.values();
    }

    public List<State> getAllStates() {
        access.require(PAGE);
        return states.all();
    }

    /** Whether the viewer may open user pages (member names then link there). */
    public boolean isSeesUsers() {
        return access.mayOpen(UsersBean.PAGE);
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
        return Pages.runOrStay("groups", () -> "Group " + groups.save(Actor.of(me.get()), editing, name, description, policy,
                stateIds == null ? List.of() : stateIds, leaderIds == null ? List.of() : leaderIds).getName() + " saved.");
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
        long groupId = Pages.idParam("group");
        Pages.run(() -> {
            if (newMember == null) {
                throw new Refusal("Pick the user to add: type part of their name and choose them from the list.");
            }
            groups.addMember(Actor.of(me.get()), groupId, newMember);
            return "Member added to " + groups.group(groupId).getName() + ".";
        });
        return membersOf(groupId);
    }

    public String removeMember() {
        access.require(PAGE);
        long groupId = Pages.idParam("group");
        Pages.run(() -> {
            groups.removeMember(Actor.of(me.get()), groupId, Pages.idParam("user"));
            return "Member removed from " + groups.group(groupId).getName() + ".";
        });
        return membersOf(groupId);
    }

    /** Back to the group's members after a change (post/redirect/get). */
    private static String membersOf(long groupId) {
        return PAGE + "?faces-redirect=true&group=" + groupId;
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
