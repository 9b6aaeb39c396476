package dev.bastion.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 item 3: no one grants what they do not hold. Each route to escalation that a review found is
 * tried by a user holding only the one administration permission it needs, and must be refused with a
 * clear message and change nothing.
 */
class PrivilegeEscalationIT {

    static final long GUS = 2_112_900_011L;
    static final long STAN = 2_112_900_012L;
    static final long PAM = 2_112_900_013L;
    static final long UMA = 2_112_900_014L;
    static final long LEO = 2_112_900_015L;
    static final long MIA = 2_112_900_016L;

    static final String AUDIT_LOG = "portal.view_audit_log";

    static WebSession gus;
    static WebSession stan;
    static WebSession pam;
    static WebSession uma;
    static WebSession leo;
    static WebSession mia;
    static long plain;
    static long auditors;
    static long auditRequests;
    static long leoCircle;
    static long permTesters;
    static long directors;

    @BeforeAll
    static void arrange() throws Exception {
        gus = manager(GUS, "Gus Groups", "portal.manage_groups");
        stan = manager(STAN, "Stan States", "portal.manage_states");
        pam = manager(PAM, "Pam Perms", "portal.manage_permissions");
        uma = manager(UMA, "Uma Users", "portal.manage_users");
        leo = manager(LEO, "Leo Leader", null);
        mia = manager(MIA, "Mia Members", "portal.manage_users");
        Db.update("INSERT INTO user_permission (user_id, permission) VALUES (?, 'portal.manage_groups')", Db.userOf(MIA));
        auditors = group("Escalation Auditors", "INTERNAL", AUDIT_LOG);
        auditRequests = group("Escalation Audit Requests", "REQUEST", AUDIT_LOG);
        leoCircle = group("Escalation Leo Circle", "REQUEST", null);
        Db.update("INSERT INTO group_leader (group_id, user_id) VALUES (?, ?)", leoCircle, Db.userOf(LEO));
        permTesters = group("Escalation Perm Testers", "INTERNAL", null);
        plain = group("Escalation Plain", "INTERNAL", null);
        Db.update("INSERT INTO group_member (group_id, user_id) VALUES (?, ?)", permTesters, Db.userOf(PAM));
        directors = ((Number) Db.value("INSERT INTO user_state (name, priority, public, description) "
                + "VALUES ('Escalation Directors', 151, FALSE, '') RETURNING id")).longValue();
        Db.update("INSERT INTO state_permission (state_id, permission) VALUES (?, ?)", directors, AUDIT_LOG);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        Db.update("DELETE FROM auth_group WHERE name LIKE 'Escalation %'");
        Db.update("DELETE FROM user_state WHERE name = 'Escalation Directors'");
        for (long pilot : new long[] {GUS, STAN, PAM, UMA, LEO, MIA}) {
            Db.update("DELETE FROM user_permission WHERE user_id = ?", Db.userOf(pilot));
        }
    }

    /** A pilot of the demo alliance (state Member) who logs in and then holds one administration permission. */
    static WebSession manager(long characterId, String name, String permission) throws Exception {
        Db.simCharacter(characterId, name, name.toLowerCase().replace(' ', '-'), 98_000_002L);
        WebSession s = new WebSession();
        s.loginOk(characterId);
        if (permission != null) {
            Db.update("INSERT INTO user_permission (user_id, permission) VALUES (?, ?)", Db.userOf(characterId), permission);
        }
        return s;
    }

    static long group(String name, String policy, String permission) throws Exception {
        long id = ((Number) Db.value("INSERT INTO auth_group (name, description, join_policy) VALUES (?, '', ?) RETURNING id",
                name, policy)).longValue();
        if (permission != null) {
            Db.update("INSERT INTO group_permission (group_id, permission) VALUES (?, ?)", id, permission);
        }
        return id;
    }

    /** The page after an action: the redirect's target, or the page itself when the form stayed to keep its input. */
    static String outcome(WebSession who, HttpResponse<String> r) throws Exception {
        return r.statusCode() == 302 ? who.follow(r).body() : r.body();
    }

    static long member(long groupId, long characterId) throws Exception {
        return Db.count("SELECT count(*) FROM group_member WHERE group_id = ? AND user_id = ?", groupId, Db.userOf(characterId));
    }

    static String join(WebSession who, long groupId) throws Exception {
        return outcome(who, who.submit("/account.xhtml", "join-groups", "join-groups:joinable-table:0:join",
                Map.of("group", String.valueOf(groupId))));
    }

    static long pendingRequest(long groupId, long characterId) throws Exception {
        return ((Number) Db.value("SELECT id FROM group_request WHERE group_id = ? AND user_id = ? AND status = 'PENDING'",
                groupId, Db.userOf(characterId))).longValue();
    }

    static String approve(WebSession who, long request) throws Exception {
        return outcome(who, who.submit("/admin/requests.xhtml", "requests", "requests:request-table:0:approve",
                Map.of("request", String.valueOf(request))));
    }

    @Test
    void item3_aGroupManagerCannotOpenAGroupCarryingTheAuditLogAndJoinIt() throws Exception {
        String page = outcome(gus, gus.submit("/admin/groups.xhtml", "groups", "groups:save", Map.of(
                "groups:editing", String.valueOf(auditors), "groups:name", "Escalation Auditors", "groups:description", "",
                "groups:policy_input", "OPEN")));
        assertTrue(page.contains("You cannot change the group Escalation Auditors: you do not hold portal.view_audit_log"), page);
        assertEquals("INTERNAL", Db.value("SELECT join_policy FROM auth_group WHERE id = ?", auditors));
        assertEquals(0, Db.count("SELECT count(*) FROM audit_entry WHERE action = 'group.changed' AND target = 'group Escalation Auditors'"));

        assertTrue(join(gus, auditors).contains("cannot be joined"));
        assertEquals(0, member(auditors, GUS));
        assertEquals(403, gus.get("/admin/audit.xhtml").statusCode());
    }

    @Test
    void item3_aGroupManagerCannotMakeThemselvesLeaderOfAGroupCarryingPermissionsTheyLack() throws Exception {
        String page = outcome(gus, gus.submit("/admin/groups.xhtml", "groups", "groups:save", Map.of(
                "groups:editing", String.valueOf(auditRequests), "groups:name", "Escalation Audit Requests",
                "groups:description", "", "groups:policy_input", "REQUEST", "groups:leaders_hinput", String.valueOf(Db.userOf(GUS)))));
        assertTrue(page.contains("you do not hold portal.view_audit_log"), page);
        assertEquals(0, Db.count("SELECT count(*) FROM group_leader WHERE group_id = ?", auditRequests));
    }

    @Test
    void item3_aGroupManagerCannotApproveTheirOwnRequestNorAnyoneIntoAGroupCarryingPermissionsTheyLack() throws Exception {
        // The requests page lists only what the actor may decide, never their own request: the forged id of their
        // own rides on the button of Uma's, which Gus does see.
        assertTrue(join(uma, auditRequests).contains("was sent to its leaders"));
        long other = pendingRequest(auditRequests, UMA);
        assertTrue(join(gus, auditRequests).contains("was sent to its leaders"));
        long own = pendingRequest(auditRequests, GUS);
        assertTrue(approve(gus, own).contains("You cannot decide your own request"));
        assertEquals("PENDING", Db.value("SELECT status FROM group_request WHERE id = ?", own));
        assertEquals(0, member(auditRequests, GUS));

        String page = approve(gus, other);
        assertTrue(page.contains("You cannot approve a request to join Escalation Audit Requests: you do not hold "
                + "portal.view_audit_log"), page);
        assertEquals("PENDING", Db.value("SELECT status FROM group_request WHERE id = ?", other));
        assertEquals(0, member(auditRequests, UMA));
    }

    @Test
    void item3_aGroupLeaderCannotApproveTheirOwnJoinRequest() throws Exception {
        // Uma's request to Leo's group puts a row on Leo's requests page; his own is never listed there.
        assertTrue(join(uma, leoCircle).contains("was sent to its leaders"));
        assertTrue(join(leo, leoCircle).contains("was sent to its leaders"));
        long own = pendingRequest(leoCircle, LEO);
        String page = approve(leo, own);
        assertTrue(page.contains("You cannot decide your own request"), page);
        assertEquals("PENDING", Db.value("SELECT status FROM group_request WHERE id = ?", own));
        assertEquals(0, member(leoCircle, LEO));
    }

    static Map<String, String> stateForm(boolean isPublic, String corporations) {
        Map<String, String> form = new java.util.HashMap<>(Map.of("states:editing", String.valueOf(directors),
                "states:name", "Escalation Directors", "states:priority_input", "151", "states:priority_hinput", "151",
                "states:description", ""));
        if (!corporations.isEmpty()) {
            form.put("states:corporations_hinput", corporations); // the corporation picker's chosen ID
        }
        if (isPublic) {
            form.put("states:public", "on");
        }
        return form;
    }

    @Test
    void item3_aStateManagerCannotMakeAStatePublicWhosePermissionsTheyLack() throws Exception {
        String page = outcome(stan, stan.submit("/admin/states.xhtml", "states", "states:save", stateForm(true, "")));
        assertTrue(page.contains("You cannot change the state Escalation Directors: you do not hold portal.view_audit_log"), page);
        assertEquals(Boolean.FALSE, Db.value("SELECT public FROM user_state WHERE id = ?", directors));
        assertEquals("Member", GroupsAndStatesIT.stateOf(STAN));
    }

    @Test
    void item3_aStateManagerCannotAddTheirOwnCorporationToAStateWhosePermissionsTheyLack() throws Exception {
        String page = outcome(stan, stan.submit("/admin/states.xhtml", "states", "states:save", stateForm(false, "98000002")));
        assertTrue(page.contains("You cannot change the state Escalation Directors: you do not hold portal.view_audit_log"), page);
        assertEquals(0, Db.count("SELECT count(*) FROM state_member WHERE state_id = ?", directors));
        assertEquals("Member", GroupsAndStatesIT.stateOf(STAN));
        assertEquals(403, stan.get("/admin/audit.xhtml").statusCode());
    }

    static String grant(String kind, String field, long grantee, String permission) throws Exception {
        // A state or group is chosen in a select (field_input), a user with the user picker (its chosen ID in field_hinput).
        String target = "grant:" + field + (kind.equals("USER") ? "_hinput" : "_input");
        return outcome(pam, pam.submit("/admin/permissions.xhtml", "grant", "grant:do-grant", Map.of(
                "grant:permission_input", permission, "grant:kind", kind, target, String.valueOf(grantee))));
    }

    @Test
    void item3_aPermissionManagerCannotGrantThemselvesWhatTheyLack() throws Exception {
        String page = grant("USER", "user", Db.userOf(PAM), AUDIT_LOG);
        assertTrue(page.contains("You cannot grant portal.view_audit_log to user Pam Perms: you do not hold portal.view_audit_log"), page);
        assertEquals(0, Db.count("SELECT count(*) FROM user_permission WHERE user_id = ? AND permission = ?", Db.userOf(PAM), AUDIT_LOG));
        assertEquals(403, pam.get("/admin/audit.xhtml").statusCode());
    }

    @Test
    void item3_aPermissionManagerCannotGrantTheirStateWhatTheyLack() throws Exception {
        long member = ((Number) Db.value("SELECT id FROM user_state WHERE name = 'Member'")).longValue();
        String page = grant("STATE", "state", member, AUDIT_LOG);
        assertTrue(page.contains("You cannot grant portal.view_audit_log to state Member: you do not hold portal.view_audit_log"), page);
        assertEquals(0, Db.count("SELECT count(*) FROM state_permission WHERE state_id = ? AND permission = ?", member, AUDIT_LOG));
    }

    @Test
    void item3_aPermissionManagerCannotGrantTheirGroupWhatTheyLackButGrantsWhatTheyHold() throws Exception {
        String page = grant("GROUP", "group", permTesters, AUDIT_LOG);
        assertTrue(page.contains("You cannot grant portal.view_audit_log to group Escalation Perm Testers"), page);
        assertEquals(0, Db.count("SELECT count(*) FROM group_permission WHERE group_id = ?", permTesters));

        assertTrue(grant("GROUP", "group", permTesters, "portal.manage_permissions").contains("portal.manage_permissions granted."),
                "what the actor holds may still be handed out");
        assertEquals(1, Db.count("SELECT count(*) FROM group_permission WHERE group_id = ?", permTesters));
    }

    @Test
    void item3_aUserManagerCannotDeactivateASuperuser() throws Exception {
        new WebSession().loginOk(SsoLoginIT.ARIA);
        long aria = Db.userOf(SsoLoginIT.ARIA);
        String page = outcome(uma, uma.submit("/admin/user.xhtml?id=" + aria, "user-actions", "user-actions:deactivate",
                Map.of("user", String.valueOf(aria), "id", String.valueOf(aria))));
        assertTrue(page.contains("You cannot deactivate Aria Valen: only a superuser may change a superuser."), page);
        assertEquals(Boolean.TRUE, Db.value("SELECT active FROM app_user WHERE id = ?", aria));
        assertEquals(0, Db.count("SELECT count(*) FROM audit_entry WHERE action = 'user.deactivated' AND target = 'user Aria Valen'"));
    }

    static String addOnUserPage(long characterId, long groupId) throws Exception {
        long user = Db.userOf(characterId);
        return outcome(mia, mia.submit("/admin/user.xhtml?id=" + user, "user-groups", "user-groups:add-group",
                Map.of("user", String.valueOf(user), "id", String.valueOf(user), "user-groups:group_input", String.valueOf(groupId))));
    }

    @Test
    void issue10_onAUsersPageNobodyAssignsAGroupCarryingPermissionsTheyLack() throws Exception {
        String page = addOnUserPage(UMA, auditors);
        assertTrue(page.contains("You cannot add a member to Escalation Auditors: you do not hold portal.view_audit_log"), page);
        assertEquals(0, member(auditors, UMA));

        assertTrue(addOnUserPage(UMA, plain).contains("Uma Users is now a member of Escalation Plain."),
                "a group carrying nothing the actor lacks may be assigned there");
        assertEquals(1, member(plain, UMA));
        assertTrue(mia.get("/admin/user.xhtml?id=" + Db.userOf(UMA)).body().contains("Escalation Plain"));
    }
}
