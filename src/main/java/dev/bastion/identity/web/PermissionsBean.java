package dev.bastion.identity.web;

import dev.bastion.platform.web.PageAccess;
import dev.bastion.identity.model.Actor;
import dev.bastion.identity.app.AdminService;
import dev.bastion.identity.model.AuthGroup;
import dev.bastion.identity.app.GroupService;
import dev.bastion.platform.Refusal;
import dev.bastion.identity.model.Permission;
import dev.bastion.identity.model.State;
import dev.bastion.identity.app.StateService;
import dev.bastion.identity.model.User;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Admin console: who holds which permission, and granting or revoking it for a state, group or user. */
@Named("adminPermissions")
@RequestScoped
public class PermissionsBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/admin/permissions.xhtml";

    @Inject
    PageAccess access;

    /** One grant row, with the permission's description for display. */
    public record Grant(String permission, String kind, long granteeId, String grantee, String description) {
    }

    @Inject
    CurrentUser me;

    @Inject
    AdminService admin;

    @Inject
    StateService states;

    @Inject
    GroupService groups;

    private String permission;
    private AdminService.Grantee kind = AdminService.Grantee.STATE;
    private Long stateId;
    private Long groupId;
    private Long userId;

    public List<Grant> getGrants() {
        access.require(PAGE);
        return admin.grants().stream().map(g -> new Grant(g.permission(), g.kind().name(), g.granteeId(), g.grantee(),
                Permission.ofCode(g.permission()).map(Permission::description).orElse("(no longer used)"))).toList();
    }

    public Permission[] getAllPermissions() {
        return Permission.values();
    }

    public AdminService.Grantee[] getKinds() {
        return AdminService.Grantee.values();
    }

    public List<State> getStates() {
        return states.all();
    }

    public List<AuthGroup> getGroups() {
        return groups.all();
    }

    public List<User> getUsers() {
        access.require(PAGE);
        return admin.searchUsers("");
    }

    public String grant() {
        access.require(PAGE);
        return Pages.run(() -> {
            Permission p = Permission.ofCode(permission).orElseThrow(() -> new Refusal("Pick a permission."));
            Long granteeId = switch (kind) {
                case STATE -> stateId;
                case GROUP -> groupId;
                case USER -> userId;
            };
            if (granteeId == null) {
                throw new Refusal("Pick the " + kind.name().toLowerCase() + " that receives it.");
            }
            admin.grant(Actor.of(me.get()), p, kind, granteeId, true);
            return p.code() + " granted.";
        });
    }

    public String revoke() {
        access.require(PAGE);
        return Pages.run(() -> {
            var params = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            Permission p = Permission.ofCode(params.get("permission"))
                    .orElseThrow(() -> new Refusal("Unknown permission."));
            AdminService.Grantee k;
            try {
                k = AdminService.Grantee.valueOf(String.valueOf(params.get("kind")));
            } catch (IllegalArgumentException e) {
                throw new Refusal("Unknown grantee kind.");
            }
            admin.grant(Actor.of(me.get()), p, k, Pages.idParam("grantee"), false);
            return p.code() + " revoked.";
        });
    }

    public String getPermission() {
        return permission;
    }

    public void setPermission(String permission) {
        this.permission = permission;
    }

    public AdminService.Grantee getKind() {
        return kind;
    }

    public void setKind(AdminService.Grantee kind) {
        this.kind = kind == null ? AdminService.Grantee.STATE : kind;
    }

    public Long getStateId() {
        return stateId;
    }

    public void setStateId(Long stateId) {
        this.stateId = stateId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }
}
