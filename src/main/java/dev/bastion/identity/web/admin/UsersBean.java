package dev.bastion.identity.web.admin;

import dev.bastion.identity.AdminService;
import dev.bastion.identity.IdentityJobs;
import dev.bastion.identity.Permission;
import dev.bastion.identity.TokenService;
import dev.bastion.identity.User;
import dev.bastion.identity.web.CurrentUser;
import dev.bastion.identity.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** Admin console: the user list with search, and the check of every SSO grant. */
@Named("adminUsers")
@RequestScoped
public class UsersBean {

    @Inject
    CurrentUser me;

    @Inject
    AdminService admin;

    @Inject
    IdentityJobs jobs;

    private String query;
    private List<User> users;

    public List<User> getUsers() {
        me.require(Permission.PORTAL_MANAGE_USERS);
        if (users == null) {
            users = admin.searchUsers(query);
        }
        return users;
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
