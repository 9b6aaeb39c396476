package dev.bastion.platform.web;

import dev.bastion.identity.web.SsoServlet;

import dev.bastion.identity.model.Permission;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessRulesTest {

    static boolean allows(String path, Set<Permission> held, boolean superuser, boolean leader) {
        return AccessRules.allows(AccessRules.forPath(path), held::contains, superuser, leader);
    }

    @Test
    void publicPagesNeedNoLogin() {
        assertFalse(AccessRules.forPath("/index.xhtml").login());
        assertFalse(AccessRules.forPath("/health/ready").login());
    }

    @Test
    void theAccountNeedsALoginButNoPermission() {
        assertTrue(AccessRules.forPath("/account.xhtml").login());
        assertTrue(AccessRules.forPath("/account/add-character").login());
        assertTrue(allows("/account.xhtml", Set.of(), false, false));
    }

    @Test
    void issue10_pagesLiveInOneFolderPerModuleAndAnUnlistedOneIsClosed() {
        assertTrue(allows("/killtracker/trackers.xhtml", Set.of(Permission.KILLTRACKER_ADMIN_ACCESS), false, false));
        assertFalse(allows("/killtracker/trackers.xhtml", Set.of(Permission.KILLTRACKER_BASIC_ACCESS), false, false));
        assertTrue(allows("/killtracker/matches.xhtml", Set.of(Permission.KILLTRACKER_BASIC_ACCESS), false, false));
        assertFalse(allows("/killtracker/new-page.xhtml", Set.of(Permission.KILLTRACKER_ADMIN_ACCESS), false, false),
                "a page nobody gave a rule is for superusers only");
        assertFalse(allows("/admin/kit.xhtml", Set.of(Permission.PORTAL_MANAGE_USERS), false, false));
        assertTrue(allows("/admin/kit.xhtml", Set.of(), true, false));
    }

    @Test
    void issue10_movedPagesKeepTheirOldAddresses() {
        assertEquals("/killtracker/tracker.xhtml", AccessRules.movedTo("/admin/killtracker/tracker.xhtml").orElseThrow());
        assertEquals("/killtracker/matches.xhtml", AccessRules.movedTo("/admin/killtracker/matches.xhtml").orElseThrow());
        assertTrue(AccessRules.movedTo("/admin/users.xhtml").isEmpty());
    }

    @Test
    void eachAdminPageNeedsItsOwnPermission() {
        assertTrue(allows("/admin/users.xhtml", Set.of(Permission.PORTAL_MANAGE_USERS), false, false));
        assertFalse(allows("/admin/users.xhtml", Set.of(Permission.PORTAL_MANAGE_GROUPS), false, false));
        assertTrue(allows("/admin/user.xhtml", Set.of(Permission.PORTAL_MANAGE_USERS), false, false));
        assertTrue(allows("/admin/states.xhtml", Set.of(Permission.PORTAL_MANAGE_STATES), false, false));
        assertFalse(allows("/admin/states.xhtml", Set.of(Permission.PORTAL_MANAGE_USERS), false, false));
        assertTrue(allows("/admin/groups.xhtml", Set.of(Permission.PORTAL_MANAGE_GROUPS), false, false));
        assertTrue(allows("/admin/permissions.xhtml", Set.of(Permission.PORTAL_MANAGE_PERMISSIONS), false, false));
        assertFalse(allows("/admin/permissions.xhtml", Set.of(Permission.PORTAL_MANAGE_GROUPS), false, false));
        assertTrue(allows("/admin/audit.xhtml", Set.of(Permission.PORTAL_VIEW_AUDIT_LOG), false, false));
    }

    @Test
    void groupLeadersMayOpenJoinRequestsOnly() {
        assertTrue(allows("/admin/requests.xhtml", Set.of(), false, true));
        assertFalse(allows("/admin/groups.xhtml", Set.of(), false, true));
        assertFalse(allows("/admin/requests.xhtml", Set.of(), false, false));
    }

    @Test
    void anUnlistedAdminPageIsForSuperusersOnly() {
        Set<Permission> everything = Set.of(Permission.values());
        assertFalse(allows("/admin/new-page.xhtml", everything, false, true));
        assertTrue(allows("/admin/new-page.xhtml", Set.of(), true, false));
    }

    @Test
    void superusersOpenEverything() {
        assertTrue(allows("/admin/permissions.xhtml", Set.of(), true, false));
    }

    @Test
    void nextMustStayOnThisSite() {
        assertEquals("/admin/users.xhtml", SsoServlet.localPath("/admin/users.xhtml"));
        assertNull(SsoServlet.localPath("https://evil.example/"));
        assertNull(SsoServlet.localPath("//evil.example/"));
        assertNull(SsoServlet.localPath("/\\evil.example"));
        assertNull(SsoServlet.localPath(null));
    }
}
