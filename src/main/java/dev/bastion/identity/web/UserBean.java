package dev.bastion.identity.web;

import dev.bastion.identity.app.AdminService;
import dev.bastion.identity.app.GroupService;
import dev.bastion.identity.app.IdentityService;
import dev.bastion.identity.app.PermissionService;
import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.AuthGroup;
import dev.bastion.identity.model.CharacterOwnership;
import dev.bastion.identity.model.EffectivePermissions;
import dev.bastion.identity.model.GrantRule;
import dev.bastion.identity.model.GroupRules;
import dev.bastion.identity.model.Permission;
import dev.bastion.identity.model.SsoToken;
import dev.bastion.identity.model.User;
import dev.bastion.platform.Refusal;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.PageAccess;
import dev.bastion.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Admin console: one user's characters, tokens, state, groups and effective permissions; (de)activation,
 * group membership (for who may manage groups) and direct grants (for who may manage permissions). Every
 * change goes through the services' checked paths: nobody assigns a group or revokes a grant beyond what
 * they hold ({@link GrantRule}).
 */
@Named("adminUser")
@RequestScoped
public class UserBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/admin/user.xhtml";

    /** One row of the effective permissions: where it comes from, and whether it is granted to the user directly. */
    public record PermissionRow(String code, String description, List<String> sources, boolean direct) {
    }

    /** A group the user could be added to; {@code refusal} says why the viewer may not (empty: they may). */
    public record GroupOption(long id, String name, String refusal) {
        public boolean disabled() {
            return !refusal.isEmpty();
        }
    }

    @Inject
    PageAccess access;

    @Inject
    CurrentUser me;

    @Inject
    AdminService admin;

    @Inject
    IdentityService identity;

    @Inject
    PermissionService permissions;

    @Inject
    GroupService groups;

    private Long id;
    private User user;
    private List<AuthGroup> userGroups;
    private Long newGroup;

    /** The user named by ?id=; a missing or unknown id shows a message, not an error page. */
    public User getUser() {
        access.require(PAGE);
        if (id == null) {
            // On a postback the view parameter is applied after the buttons are decoded: read it directly.
            String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            id = param == null || !param.matches("\\d{1,18}") ? null : Long.valueOf(param);
        }
        if (user == null && id != null) {
            try {
                user = admin.user(id);
            } catch (Refusal e) {
                return null;
            }
        }
        return user;
    }

    public List<CharacterOwnership> getCharacters() {
        return getUser() == null ? List.of() : identity.characters(id);
    }

    public List<SsoToken> getTokens() {
        return getUser() == null ? List.of() : identity.tokensOf(id);
    }

    public List<AuthGroup> getGroups() {
        if (getUser() == null) {
            return List.of();
        }
        if (userGroups == null) {
            userGroups = permissions.groupsOf(id);
        }
        return userGroups;
    }

    /** Whether the viewer may change this user's groups (the groups page's permission). */
    public boolean isManagesGroups() {
        return access.mayOpen(GroupsBean.PAGE);
    }

    /** Whether the viewer may read the audit log (the profile then links to this user's entries). */
    public boolean isSeesAudit() {
        return access.mayOpen(AuditBean.PAGE);
    }

    /** Whether the viewer may revoke this user's direct grants (the permissions page's permission). */
    public boolean isManagesPermissions() {
        return access.mayOpen(PermissionsBean.PAGE);
    }

    /**
     * The groups the user is not in and their state allows, each with the reason the viewer may not assign it
     * (it carries permissions they do not hold), so that the select shows it disabled instead of failing later.
     */
    public List<GroupOption> getAssignableGroups() {
        if (getUser() == null || !isManagesGroups()) {
            return List.of();
        }
        Set<Long> in = getGroups().stream().map(AuthGroup::getId).collect(Collectors.toSet());
        EffectivePermissions held = me.permissions();
        return groups.all().stream()
                .filter(g -> !in.contains(g.getId()) && GroupRules.stateAllows(g.stateIds(), user.getState().getId()))
                .map(g -> {
                    Set<Permission> missing = GrantRule.missing(held, g.getPermissions());
                    return new GroupOption(g.getId(), g.getName(), missing.isEmpty() ? "" : "carries "
                            + missing.stream().map(Permission::code).collect(Collectors.joining(", ")) + ", which you do not hold");
                })
                .toList();
    }

    public List<PermissionRow> getPermissions() {
        if (getUser() == null) {
            return List.of();
        }
        EffectivePermissions e = permissions.effective(user);
        return e.all().stream().map(p -> new PermissionRow(p.code(), p.description(),
                Arrays.stream(e.sourcesOf(p).split(", ")).filter(s -> !s.isBlank()).toList(),
                user.getPermissions().contains(p.code()))).toList();
    }

    public String deactivate() {
        access.require(PAGE);
        return Pages.run(() -> {
            admin.setActive(Actor.of(me.get()), Pages.idParam("user"), false);
            return "User deactivated: they are logged out on their next click and cannot log in.";
        });
    }

    public String reactivate() {
        access.require(PAGE);
        return Pages.run(() -> {
            admin.setActive(Actor.of(me.get()), Pages.idParam("user"), true);
            return "User reactivated.";
        });
    }

    /** Adds the user to the picked group, through the groups' checked path (state restriction, GrantRule). */
    public String addGroup() {
        return membership(true);
    }

    public String removeGroup() {
        return membership(false);
    }

    private String membership(boolean add) {
        access.require(PAGE);
        access.require(GroupsBean.PAGE);
        return Pages.run(() -> {
            long userId = Pages.idParam("user");
            Long groupId = add ? newGroup : Long.valueOf(Pages.idParam("group"));
            if (groupId == null) {
                throw new Refusal("Pick a group to add the user to.");
            }
            if (add) {
                groups.addMember(Actor.of(me.get()), groupId, userId);
            } else {
                groups.removeMember(Actor.of(me.get()), groupId, userId);
            }
            return admin.user(userId).displayName() + (add ? " is now a member of " : " is no longer a member of ")
                    + groups.group(groupId).getName() + ".";
        });
    }

    /** Revokes a permission granted to the user directly (one from a group or the state is revoked there). */
    public String revokePermission() {
        access.require(PAGE);
        access.require(PermissionsBean.PAGE);
        return Pages.run(() -> {
            String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("permission");
            Permission p = Permission.ofCode(code).orElseThrow(() -> new Refusal("Unknown permission."));
            long userId = Pages.idParam("user");
            admin.grant(Actor.of(me.get()), p, AdminService.Grantee.USER, userId, false);
            return p.code() + " revoked from " + admin.user(userId).displayName() + ".";
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getNewGroup() {
        return newGroup;
    }

    public void setNewGroup(Long newGroup) {
        this.newGroup = newGroup;
    }
}
