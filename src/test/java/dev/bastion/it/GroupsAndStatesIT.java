package dev.bastion.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** States follow the main's affiliation; groups follow their policy and state restrictions; grants take effect at once. */
class GroupsAndStatesIT {

    static final long HAULER = 2_112_000_003L;
    static final long EIRA = 2_112_000_009L;
    static final long HANA = 2_112_000_013L;

    static long group(String name) throws Exception {
        return ((Number) Db.value("SELECT id FROM auth_group WHERE name = ?", name)).longValue();
    }

    static String stateOf(long characterId) throws Exception {
        return (String) Db.value("SELECT s.name FROM app_user u JOIN user_state s ON s.id = u.state_id "
                + "JOIN character_ownership o ON o.user_id = u.id WHERE o.character_id = ?", characterId);
    }

    @Test
    void aMemberJoinsAnOpenGroupThenLosesItWhenTheirCorporationLeavesTheAlliance() throws Exception {
        WebSession hauler = new WebSession();
        hauler.loginOk(HAULER);
        assertEquals("Member", stateOf(HAULER));
        long capitals = group("Capital Pilots");
        HttpResponse<String> joined = hauler.submit("/account.xhtml", "join-groups", "join-groups:joinable-table:0:join",
                Map.of("group", String.valueOf(capitals)));
        assertTrue(hauler.follow(joined).body().contains("You joined Capital Pilots."));
        long user = Db.userOf(HAULER);
        assertEquals(1, Db.count("SELECT count(*) FROM group_member WHERE group_id = ? AND user_id = ?", capitals, user));

        // In game, the character moves to a corporation outside the alliance; the affiliation refresh notices.
        assertEquals(204, Http.postJson("/sim/esi/characters/" + HAULER + "/corporation", "{\"corporation_id\":98000005}").statusCode());
        WebSession aria = new WebSession();
        aria.loginOk(SsoLoginIT.ARIA);
        HttpResponse<String> refreshed = aria.submit("/admin/states.xhtml", "states", "states:refresh-affiliations", Map.of());
        assertTrue(aria.follow(refreshed).body().contains("Affiliations refreshed"));

        assertEquals("Guest", stateOf(HAULER));
        assertEquals(0, Db.count("SELECT count(*) FROM group_member WHERE group_id = ? AND user_id = ?", capitals, user),
                "Capital Pilots is for Members only");
        String home = hauler.get("/index.xhtml").body(); // notifications are on the home dashboard
        assertTrue(home.contains("Your state changed from Member to Guest."), home);
        assertTrue(home.contains("You left the group Capital Pilots"), home);
        assertTrue(Db.count("SELECT count(*) FROM audit_entry WHERE action = 'user.state' AND before_text = 'Member' "
                + "AND after_text = 'Guest' AND target = 'user Aria Hauler'") > 0);
    }

    @Test
    void aGroupRestrictedToMembersRefusesABlue() throws Exception {
        WebSession eira = new WebSession();
        eira.loginOk(EIRA);
        assertEquals("Blue", stateOf(EIRA));
        HttpResponse<String> r = eira.submit("/account.xhtml", "join-groups", "join-groups:joinable-table:0:join",
                Map.of("group", String.valueOf(group("Recruitment"))));
        assertTrue(eira.follow(r).body().contains("Recruitment is not open to your state (Blue)."));
    }

    @Test
    void aRequestIsApprovedByAGroupManagerAndTheApplicantIsTold() throws Exception {
        WebSession borin = new WebSession();
        borin.loginOk(CharacterOwnershipIT.BORIN);
        long recruitment = group("Recruitment");
        assertTrue(borin.follow(borin.submit("/account.xhtml", "join-groups", "join-groups:joinable-table:0:join",
                Map.of("group", String.valueOf(recruitment)))).body().contains("was sent to its leaders"));
        long request = ((Number) Db.value("SELECT id FROM group_request WHERE group_id = ? AND user_id = ? AND status = 'PENDING'",
                recruitment, Db.userOf(CharacterOwnershipIT.BORIN))).longValue();

        WebSession aria = new WebSession();
        aria.loginOk(SsoLoginIT.ARIA);
        HttpResponse<String> r = aria.submit("/admin/requests.xhtml", "requests", "requests:request-table:0:approve",
                Map.of("request", String.valueOf(request)));
        assertTrue(aria.follow(r).body().contains("joined Recruitment"));
        assertEquals("APPROVED", Db.value("SELECT status FROM group_request WHERE id = ?", request));
        assertTrue(borin.get("/index.xhtml").body().contains("Your request to join Recruitment was approved."));
        // Recruitment grants the finder: Borin's effective permissions show where it comes from.
        String detail = aria.get("/admin/user.xhtml?id=" + Db.userOf(CharacterOwnershipIT.BORIN)).body();
        assertTrue(detail.contains("memberaudit.finder_access") && detail.contains("group Recruitment"), detail);
    }

    @Test
    void aPermissionGrantedToAStateTakesEffectAtOnceAndItsRevocationToo() throws Exception {
        WebSession eira = new WebSession();
        eira.loginOk(EIRA);
        assertEquals(403, eira.get("/admin/audit.xhtml").statusCode());
        long blue = ((Number) Db.value("SELECT id FROM user_state WHERE name = 'Blue'")).longValue();

        WebSession aria = new WebSession();
        aria.loginOk(SsoLoginIT.ARIA);
        HttpResponse<String> granted = aria.submit("/admin/permissions.xhtml", "grant", "grant:do-grant",
                Map.of("grant:permission_input", "portal.view_audit_log", "grant:kind", "STATE",
                        "grant:state_input", String.valueOf(blue)));
        assertTrue(aria.follow(granted).body().contains("portal.view_audit_log granted."));
        assertEquals(200, eira.get("/admin/audit.xhtml").statusCode(), "no new login needed");

        HttpResponse<String> revoked = aria.submit("/admin/permissions.xhtml", "grants", "grants:grant-table:0:revoke",
                Map.of("permission", "portal.view_audit_log", "kind", "STATE", "grantee", String.valueOf(blue)));
        assertTrue(aria.follow(revoked).body().contains("portal.view_audit_log revoked."));
        assertEquals(403, eira.get("/admin/audit.xhtml").statusCode());
        assertTrue(Db.count("SELECT count(*) FROM audit_entry WHERE action = 'permission.granted' AND target = 'state Blue'") > 0);
        assertTrue(Db.count("SELECT count(*) FROM audit_entry WHERE action = 'permission.revoked' AND target = 'state Blue'") > 0);
    }

    @Test
    void aDeactivatedUserIsLoggedOutAndCannotLogIn() throws Exception {
        WebSession hana = new WebSession();
        hana.loginOk(HANA);
        long user = Db.userOf(HANA);
        WebSession aria = new WebSession();
        aria.loginOk(SsoLoginIT.ARIA);
        HttpResponse<String> r = aria.submit("/admin/user.xhtml?id=" + user, "user-actions", "user-actions:deactivate",
                Map.of("user", String.valueOf(user), "id", String.valueOf(user)));
        assertTrue(aria.follow(r).body().contains("User deactivated"));
        assertEquals(302, hana.get("/account.xhtml").statusCode(), "the open session no longer works");
        assertEquals(403, new WebSession().login(HANA).statusCode());

        aria.follow(aria.submit("/admin/user.xhtml?id=" + user, "user-actions", "user-actions:reactivate",
                Map.of("user", String.valueOf(user), "id", String.valueOf(user))));
        new WebSession().loginOk(HANA);
    }

    @Test
    void issue10_aTakenPriorityIsShownUnderThePriorityFieldAndNothingIsSaved() throws Exception {
        WebSession aria = new WebSession();
        aria.loginOk(SsoLoginIT.ARIA);
        int member = ((Number) Db.value("SELECT priority FROM user_state WHERE name = 'Member'")).intValue();
        HttpResponse<String> r = aria.submit("/admin/states.xhtml", "states", "states:save", Map.of("states:name", "Priority Clash",
                "states:priority_input", String.valueOf(member), "states:priority_hinput", String.valueOf(member),
                "states:description", ""));
        assertEquals(200, r.statusCode(), "a refused form stays, keeping what was typed");
        String page = r.body();
        int field = page.indexOf("for=\"states:priority");
        assertTrue(field > 0, "the priority field");
        String priorityField = page.substring(field, page.indexOf("class=\"b-field\"", field));
        assertTrue(priorityField.contains("Priority " + member + " is taken by Member"), priorityField);
        assertTrue(priorityField.contains("ui-state-error"), "the input is marked invalid: " + priorityField);
        assertTrue(page.contains("value=\"Priority Clash\""), "the name typed is kept");
        assertEquals(0, Db.count("SELECT count(*) FROM user_state WHERE name = 'Priority Clash'"));
    }
}
