package dev.bastion.identity.web;

import dev.bastion.identity.app.AdminService;
import dev.bastion.identity.app.GroupService;
import dev.bastion.identity.app.StateService;
import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.AuthGroup;
import dev.bastion.identity.model.Permission;
import dev.bastion.identity.model.State;
import dev.bastion.platform.PageQuery;
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

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Admin console: who holds which permission, and granting or revoking it for a state, group or user. The form
 * shows the one target field that matches the chosen kind (a state or group select, a user picker); the kind is
 * read from the posted form when the bean is created, because Faces decides which field to decode before it
 * would set the posted kind.
 */
@Named("adminPermissions")
@RequestScoped
public class PermissionsBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/admin/permissions.xhtml";

    /** One grant row, with the permission's description for display. */
    public record Grant(String permission, String kind, long granteeId, String grantee, String description) {
    }

    @Inject
    PageAccess access;

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
    private List<Grant> grants;

    private final LazyRows<Grant> rows = LazyRows.of(q -> {
        access.require(PAGE);
        return page(grants(), q);
    }, g -> g.permission() + ":" + g.kind() + ":" + g.granteeId());

    @PostConstruct
    void init() {
        String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("grant:kind");
        if (posted != null) {
            setKind(kind(posted));
        }
    }

    private static AdminService.Grantee kind(String posted) {
        try {
            return AdminService.Grantee.valueOf(posted);
        } catch (IllegalArgumentException e) {
            return AdminService.Grantee.STATE;
        }
    }

    private List<Grant> grants() {
        if (grants == null) {
            grants = admin.grants().stream().map(g -> new Grant(g.permission(), g.kind().name(), g.granteeId(), g.grantee(),
                    Permission.ofCode(g.permission()).map(Permission::description).orElse("(no longer used)"))).toList();
        }
        return grants;
    }

    /** The grants the table's search finds (part of the permission or of who holds it), one page of them. */
    static Slice<Grant> page(List<Grant> all, PageQuery q) {
        String needle = q.search() == null ? null : q.search().toLowerCase(Locale.ROOT);
        List<Grant> found = needle == null ? all : all.stream().filter(g -> g.permission().toLowerCase(Locale.ROOT).contains(needle)
                || g.grantee().toLowerCase(Locale.ROOT).contains(needle) || g.description().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        int from = Math.min(q.offset(), found.size());
        return new Slice<>(found.subList(from, Math.min(found.size(), from + q.limit())), found.size());
    }

    public LazyRows<Grant> getRows() {
        access.require(PAGE);
        return rows;
    }

    public Permission[] getAllPermissions() {
        access.require(PAGE);
        return Permission.values();
    }

    public AdminService.Grantee[] getKinds() {
        return AdminService.Grantee.values();
    }

    /** "a state", "a group", "a user", for the kind radio. */
    public String kindLabel(AdminService.Grantee k) {
        return switch (k) {
            case STATE -> "A state";
            case GROUP -> "A group";
            case USER -> "A user";
        };
    }

    public List<State> getStates() {
        access.require(PAGE);
        return states.all();
    }

    public List<AuthGroup> getGroups() {
        access.require(PAGE);
        return groups.all();
    }

    public String grant() {
        access.require(PAGE);
        return Pages.runOrStay("grant", () -> {
            Permission p = Permission.ofCode(permission).orElseThrow(() -> new Refusal("permission", "Pick a permission."));
            Long granteeId = switch (kind) {
                case STATE -> stateId;
                case GROUP -> groupId;
                case USER -> userId;
            };
            if (granteeId == null) {
                throw new Refusal(kind.name().toLowerCase(Locale.ROOT), "Pick the " + kind.name().toLowerCase(Locale.ROOT)
                        + " that receives it.");
            }
            admin.grant(Actor.of(me.get()), p, kind, granteeId, true);
            return p.code() + " granted.";
        });
    }

    public String revoke() {
        access.require(PAGE);
        return Pages.run(() -> {
            Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
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
