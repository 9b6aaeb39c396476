package dev.bastion.identity.web;

import dev.bastion.identity.app.AdminService;
import dev.bastion.identity.app.IdentityJobs;
import dev.bastion.identity.model.UserRow;
import dev.bastion.platform.web.LazyRows;
import dev.bastion.platform.web.PageAccess;
import dev.bastion.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Admin console: the user list, paged, searched and sorted in the database (the table's global search finds
 * a user by part of their username or of any of their characters' names), and the check of every SSO grant.
 */
@Named("adminUsers")
@RequestScoped
public class UsersBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/admin/users.xhtml";

    @Inject
    PageAccess access;

    @Inject
    dev.bastion.platform.web.BackgroundWork work;

    @Inject
    AdminService admin;

    @Inject
    IdentityJobs jobs;

    private final LazyRows<UserRow> rows = LazyRows.of(q -> {
        access.require(PAGE);
        return admin.users(UserTables.query(q, null), q.offset(), q.limit());
    }, UserRow::id);

    public LazyRows<UserRow> getRows() {
        access.require(PAGE);
        return rows;
    }

    /** The background work of the token check, shown on the page with its progress ({@code <b:job>}). */
    static final String TOKEN_CHECK = "identity.token-check";

    /**
     * Refreshes every valid grant in the background (thousands of calls to EVE SSO outlast a request); the
     * page shows how many are done, then the tally. A second click while it runs shows the running check.
     */
    public String checkTokens() {
        access.require(PAGE);
        work.start(TOKEN_CHECK, "Checking every SSO token at EVE SSO", progress -> TokenCheckMessages.of(jobs.checkTokens(progress)));
        return Pages.reload();
    }
}
