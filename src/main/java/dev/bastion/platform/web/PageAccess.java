package dev.bastion.platform.web;

import dev.bastion.platform.ForbiddenException;

import dev.bastion.identity.app.GroupService;
import dev.bastion.identity.model.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * The access decision for one canonical path (see {@link CanonicalPath}) and the current user, asked by
 * {@link AccessFilter} before the request reaches a servlet and by {@link PageAccessPhaseListener} for the
 * Faces view about to be restored or rendered, so that a refusal is a 403 before any byte of the page.
 */
@Named("pageAccess")
@RequestScoped
public class PageAccess {

    /** What the visitor gets. */
    public enum Decision { ALLOWED, LOG_IN_FIRST, FORBIDDEN }

    @Inject
    CurrentUser me;

    @Inject
    GroupService groups;

    private Boolean leader;

    public Decision decide(String canonicalPath) {
        AccessRules.Rule rule = AccessRules.forPath(canonicalPath);
        if (!rule.login()) {
            return Decision.ALLOWED;
        }
        Optional<User> user = me.user();
        if (user.isEmpty()) {
            return Decision.LOG_IN_FIRST;
        }
        boolean leader = rule.leadersToo() && leadsAnyGroup(user.get());
        return AccessRules.allows(rule, me::has, user.get().isSuperuser(), leader) ? Decision.ALLOWED : Decision.FORBIDDEN;
    }

    /** For the menu and links: whether the current visitor may open the page ({@code #{pageAccess.mayOpen('/admin/users.xhtml')}}). */
    public boolean mayOpen(String page) {
        return decide(page) == Decision.ALLOWED;
    }

    /** Whether any of the pages (separated by spaces) may be opened: a menu section shows when one can. */
    public boolean mayOpenAny(String pages) {
        return java.util.Arrays.stream(pages.trim().split("\\s+")).anyMatch(this::mayOpen);
    }

    /** For page beans: the same decision as for the page they serve, so that no bean keeps a second list. */
    public void require(String page) {
        if (!mayOpen(page)) {
            throw new ForbiddenException(refusal(page));
        }
    }

    /** Read once per request: the menu asks about several pages that group leaders may open. */
    private boolean leadsAnyGroup(User user) {
        if (leader == null) {
            leader = groups.leadsAnyGroup(user);
        }
        return leader;
    }

    public static String refusal(String canonicalPath) {
        return "You do not have the permission to open " + canonicalPath + ".";
    }
}
