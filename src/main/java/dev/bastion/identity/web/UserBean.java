package dev.bastion.identity.web;

import dev.bastion.platform.web.PageAccess;
import dev.bastion.identity.app.AdminService;
import dev.bastion.identity.app.Affiliations;
import dev.bastion.identity.model.AuthGroup;
import dev.bastion.identity.model.CharacterOwnership;
import dev.bastion.identity.model.EffectivePermissions;
import dev.bastion.platform.Refusal;
import dev.bastion.identity.app.IdentityService;
import dev.bastion.identity.app.PermissionService;
import dev.bastion.identity.model.SsoToken;
import dev.bastion.identity.model.User;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.Pages;
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
            admin.setActive(dev.bastion.identity.model.Actor.of(me.get()), Pages.idParam("user"), false);
            return "User deactivated: they are logged out on their next click and cannot log in.";
        });
    }

    public String reactivate() {
        access.require(PAGE);
        return Pages.run(() -> {
            admin.setActive(dev.bastion.identity.model.Actor.of(me.get()), Pages.idParam("user"), true);
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
