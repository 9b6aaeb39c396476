package dev.bastion.identity.web;

import dev.bastion.platform.web.PageAccess;
import dev.bastion.identity.app.AdminService;
import dev.bastion.identity.app.IdentityJobs;
import dev.bastion.identity.app.TokenService;
import dev.bastion.identity.model.User;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/**
 * Admin console: the user list with search, and the check of every SSO grant. The query is taken from
 * the posted form when the bean is created: the table reads its list while the postback is decoded,
 * before Faces would set the typed query, and a list read then answered every user whatever was typed.
 */
@Named("adminUsers")
@RequestScoped
public class UsersBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/admin/users.xhtml";

    @Inject
    PageAccess access;

    @Inject
    CurrentUser me;

    @Inject
    AdminService admin;

    @Inject
    IdentityJobs jobs;

    private String query;
    private List<User> users;

    @PostConstruct
    void init() {
        query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("users:query");
    }

    public List<User> getUsers() {
        access.require(PAGE);
        if (users == null) {
            users = admin.searchUsers(query);
        }
        return users;
    }

    public String checkTokens() {
        access.require(PAGE);
        Map<TokenService.Outcome, Integer> r = jobs.checkTokens();
        Pages.info("SSO tokens checked: " + (r.isEmpty() ? "none to check" : r.toString().replaceAll("[{}]", "")));
        return Pages.reload();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
