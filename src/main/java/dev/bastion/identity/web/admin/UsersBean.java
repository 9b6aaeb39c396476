package dev.bastion.identity.web.admin;

import dev.bastion.identity.AdminService;
import dev.bastion.identity.IdentityJobs;
import dev.bastion.identity.Permission;
import dev.bastion.identity.TokenService;
import dev.bastion.identity.User;
import dev.bastion.identity.web.CurrentUser;
import dev.bastion.identity.web.Pages;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Admin console: the user list with search, and the check of every SSO grant. View-scoped, so that the
 * query outlives the postback: a request-scoped list was read while the table was decoded, before the
 * typed query reached the bean, and every search answered every user (and paging forgot the query).
 */
@Named("adminUsers")
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser me;

    @Inject
    AdminService admin;

    @Inject
    IdentityJobs jobs;

    private String query;
    /** Read once per search: the table asks for its value several times per request. */
    private transient List<User> users;

    public List<User> getUsers() {
        me.require(Permission.PORTAL_MANAGE_USERS);
        if (users == null) {
            users = admin.searchUsers(query);
        }
        return users;
    }

    /** Searches again with the query just typed (the list read while decoding used the previous one). */
    public void search() {
        me.require(Permission.PORTAL_MANAGE_USERS);
        users = null;
    }

    public String checkTokens() {
        me.require(Permission.PORTAL_MANAGE_USERS);
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
