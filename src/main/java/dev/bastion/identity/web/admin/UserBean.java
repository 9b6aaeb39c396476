package dev.bastion.identity.web.admin;

import dev.bastion.identity.web.PageAccess;
import dev.bastion.identity.AdminService;
import dev.bastion.identity.Affiliations;
import dev.bastion.identity.AuthGroup;
import dev.bastion.identity.CharacterOwnership;
import dev.bastion.identity.EffectivePermissions;
import dev.bastion.identity.IdentityException;
import dev.bastion.identity.IdentityService;
import dev.bastion.identity.PermissionService;
import dev.bastion.identity.SsoToken;
import dev.bastion.identity.User;
import dev.bastion.identity.web.CurrentUser;
import dev.bastion.identity.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Admin console: one user's characters, tokens, state, groups and effective permissions; (de)activation. */
@Named("adminUser")
@RequestScoped
public class UserBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/admin/user.xhtml";

    @Inject
    PageAccess access;

    /** One row of the effective permissions table. */
    public record PermissionRow(String code, String description, String sources) {
    }

    @Inject
    CurrentUser me;

    @Inject
    AdminService admin;

    @Inject
    IdentityService identity;

    @Inject
    PermissionService permissions;

    @Inject
    Affiliations affiliations;

    private Long id;
    private User user;

    /** The user named by ?id=; a missing or unknown id shows a message, not an error page. */
    public User getUser() {
        access.require(PAGE);
        if (id == null) {
            // On a postback the view parameter is applied after the buttons are decoded: read it directly.
            String param = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("id");
            id = param == null || !param.matches("\\d{1,18}") ? null : Long.valueOf(param);
        }
        if (user == null && id != null) {
            try {
                user = admin.user(id);
            } catch (IdentityException e) {
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
        return getUser() == null ? List.of() : permissions.groupsOf(id);
    }

    public List<PermissionRow> getPermissions() {
        if (getUser() == null) {
            return List.of();
        }
        EffectivePermissions e = permissions.effective(user);
        return e.all().stream().map(p -> new PermissionRow(p.code(), p.description(), e.sourcesOf(p))).toList();
    }

    public String organisation(Long orgId) {
        return affiliations.nameOf(orgId);
    }

    public String deactivate() {
        access.require(PAGE);
        return Pages.run(() -> {
            admin.setActive(dev.bastion.identity.Actor.of(me.get()), Pages.idParam("user"), false);
            return "User deactivated: they are logged out on their next click and cannot log in.";
        });
    }

    public String reactivate() {
        access.require(PAGE);
        return Pages.run(() -> {
            admin.setActive(dev.bastion.identity.Actor.of(me.get()), Pages.idParam("user"), true);
            return "User reactivated.";
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
