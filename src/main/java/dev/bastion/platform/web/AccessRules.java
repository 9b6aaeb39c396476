package dev.bastion.platform.web;

import dev.bastion.identity.model.Permission;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which pages need a login and which permission. Pages live in one folder per module
 * ({@code /admin/}, {@code /killtracker/}, ...); a page in a module folder that is not listed here is
 * refused to everyone but superusers, so that a new page is closed until someone decides who may see it.
 */
public final class AccessRules {

    /** What a path needs. */
    public record Rule(boolean login, boolean superuserOnly, List<Permission> anyOf, boolean leadersToo) {
    }

    private static final Rule PUBLIC = new Rule(false, false, List.of(), false);
    private static final Rule LOGIN = new Rule(true, false, List.of(), false);
    private static final Rule SUPERUSER_ONLY = new Rule(true, true, List.of(), false);

    private static final Rule KILLTRACKER_ADMIN = new Rule(true, false, List.of(Permission.KILLTRACKER_ADMIN_ACCESS), false);

    /** The module folders: every page in one needs a rule below. */
    static final List<String> MODULE_FOLDERS = List.of("/admin/", "/killtracker/");

    static final Map<String, Rule> MODULE_PAGES = Map.ofEntries(
            Map.entry("/killtracker/webhooks.xhtml", KILLTRACKER_ADMIN),
            Map.entry("/killtracker/trackers.xhtml", KILLTRACKER_ADMIN),
            Map.entry("/killtracker/tracker.xhtml", KILLTRACKER_ADMIN),
            Map.entry("/killtracker/test.xhtml", KILLTRACKER_ADMIN),
            Map.entry("/killtracker/matches.xhtml", new Rule(true, false,
                    List.of(Permission.KILLTRACKER_BASIC_ACCESS, Permission.KILLTRACKER_ADMIN_ACCESS), false)),
            Map.entry("/admin/users.xhtml", new Rule(true, false, List.of(Permission.PORTAL_MANAGE_USERS), false)),
            Map.entry("/admin/user.xhtml", new Rule(true, false, List.of(Permission.PORTAL_MANAGE_USERS), false)),
            Map.entry("/admin/states.xhtml", new Rule(true, false, List.of(Permission.PORTAL_MANAGE_STATES), false)),
            Map.entry("/admin/groups.xhtml", new Rule(true, false, List.of(Permission.PORTAL_MANAGE_GROUPS), false)),
            Map.entry("/admin/requests.xhtml", new Rule(true, false, List.of(Permission.PORTAL_MANAGE_GROUPS), true)),
            Map.entry("/admin/permissions.xhtml", new Rule(true, false, List.of(Permission.PORTAL_MANAGE_PERMISSIONS), false)),
            Map.entry("/admin/audit.xhtml", new Rule(true, false, List.of(Permission.PORTAL_VIEW_AUDIT_LOG), false)));

    private AccessRules() {
    }

    /**
     * Pages that moved, old path to new: bookmarks and links in old Discord posts keep working (the access
     * filter answers 301 before deciding anything, so the new page's rule decides).
     */
    static final Map<String, String> MOVED = Map.of(
            "/admin/killtracker/webhooks.xhtml", "/killtracker/webhooks.xhtml",
            "/admin/killtracker/trackers.xhtml", "/killtracker/trackers.xhtml",
            "/admin/killtracker/tracker.xhtml", "/killtracker/tracker.xhtml",
            "/admin/killtracker/test.xhtml", "/killtracker/test.xhtml",
            "/admin/killtracker/matches.xhtml", "/killtracker/matches.xhtml");

    public static Optional<String> movedTo(String path) {
        return Optional.ofNullable(MOVED.get(path));
    }

    public static Rule forPath(String path) {
        for (String folder : MODULE_FOLDERS) {
            if (path.startsWith(folder) || path.equals(folder.substring(0, folder.length() - 1))) {
                return Optional.ofNullable(MODULE_PAGES.get(path)).orElse(SUPERUSER_ONLY);
            }
        }
        if (path.startsWith("/account")) {
            return LOGIN;
        }
        return PUBLIC;
    }

    /** Whether a logged-in user with these facts may open the path. */
    public static boolean allows(Rule rule, Predicate<Permission> has, boolean superuser, boolean leader) {
        if (superuser || !rule.login()) {
            return true;
        }
        if (rule.superuserOnly()) {
            return false;
        }
        if (rule.anyOf().isEmpty()) {
            return true;
        }
        return rule.anyOf().stream().anyMatch(has) || rule.leadersToo() && leader;
    }
}
