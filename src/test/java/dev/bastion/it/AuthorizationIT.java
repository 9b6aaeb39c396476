package dev.bastion.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page and action is checked on the server: a user without the permission gets 403 for the page
 * and for a forged postback, and ids edited in URLs or form fields are refused by the services.
 */
class AuthorizationIT {

    static final long DAX = 2_112_000_007L;
    static final long DAX_ALT = 2_112_000_008L;
    static final long ARIA_ALT = 2_112_000_002L;

    static WebSession dax;
    static WebSession aria;

    @BeforeAll
    static void logIn() throws Exception {
        aria = new WebSession();
        aria.loginOk(SsoLoginIT.ARIA);
        aria.addCharacter(ARIA_ALT);
        dax = new WebSession();
        dax.loginOk(DAX);
        dax.addCharacter(DAX_ALT);
    }

    @ParameterizedTest(name = "{0} answers 403 to a member without the permission")
    @ValueSource(strings = {"/admin/users.xhtml", "/admin/user.xhtml?id=1", "/admin/states.xhtml", "/admin/groups.xhtml",
            "/admin/requests.xhtml", "/admin/permissions.xhtml", "/admin/audit.xhtml", "/admin/unlisted.xhtml"})
    void adminPagesRefuseAMember(String page) throws Exception {
        HttpResponse<String> r = dax.get(page);
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("Not allowed") && r.body().contains("permission"), r.body());
    }

    @ParameterizedTest(name = "a forged postback to {0} answers 403")
    @ValueSource(strings = {"/admin/users.xhtml", "/admin/user.xhtml", "/admin/states.xhtml", "/admin/groups.xhtml",
            "/admin/requests.xhtml", "/admin/permissions.xhtml", "/admin/audit.xhtml"})
    void adminActionsRefuseAMember(String page) throws Exception {
        long auditBefore = Db.count("SELECT count(*) FROM audit_entry WHERE action NOT IN ('user.login', 'user.state')");
        HttpResponse<String> r = dax.post(page, Map.of("users", "users", "users:check-tokens", "x",
                "grant", "grant", "grant:do-grant", "x", "grant:permission", "portal.manage_users", "grant:kind", "USER",
                "grant:grantee", "1", "jakarta.faces.ViewState", "stolen"));
        assertEquals(403, r.statusCode());
        assertEquals(auditBefore, Db.count("SELECT count(*) FROM audit_entry WHERE action NOT IN ('user.login', 'user.state')"));
    }

    @ParameterizedTest(name = "{0} sends an anonymous visitor to log in")
    @ValueSource(strings = {"/account.xhtml", "/admin/users.xhtml", "/admin/audit.xhtml"})
    void protectedPagesSendAnonymousVisitorsToLogIn(String page) throws Exception {
        HttpResponse<String> r = new WebSession().get(page);
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().contains("/login?next="));
    }

    @Test
    void aPostWithoutASessionIsRefused() throws Exception {
        assertEquals(401, new WebSession().post("/account.xhtml", Map.of("characters", "characters")).statusCode());
    }

    @ParameterizedTest(name = "the superuser opens {0}")
    @ValueSource(strings = {"/admin/users.xhtml", "/admin/states.xhtml", "/admin/groups.xhtml", "/admin/requests.xhtml",
            "/admin/permissions.xhtml", "/admin/audit.xhtml"})
    void theSuperuserOpensEveryAdminPage(String page) throws Exception {
        assertEquals(200, aria.get(page).statusCode());
    }

    @Test
    void theSuperuserOpensAUserByIdAndAnUnknownIdSaysSo() throws Exception {
        long daxUser = Db.userOf(DAX);
        assertTrue(aria.get("/admin/user.xhtml?id=" + daxUser).body().contains("Dax Orlan"));
        assertTrue(aria.get("/admin/user.xhtml?id=999999").body().contains("No such user"));
    }

    @Test
    void anotherUsersCharacterIdInTheMakeMainFormIsRefused() throws Exception {
        long daxUser = Db.userOf(DAX);
        HttpResponse<String> r = dax.submit("/account.xhtml", "characters", button(dax, "make-main"),
                Map.of("character", String.valueOf(ARIA_ALT)));
        assertTrue(dax.follow(r).body().contains("That character is not one of yours."));
        assertEquals(DAX, ((Number) Db.value("SELECT main_character_id FROM app_user WHERE id = ?", daxUser)).longValue());
        assertEquals(Db.userOf(SsoLoginIT.ARIA), Db.userOf(ARIA_ALT));
    }

    @Test
    void anotherUsersCharacterIdInTheRemoveFormIsRefused() throws Exception {
        HttpResponse<String> r = dax.submit("/account.xhtml", "characters", button(dax, "remove"),
                Map.of("character", String.valueOf(ARIA_ALT)));
        assertTrue(dax.follow(r).body().contains("That character is not one of yours."));
        assertEquals(Db.userOf(SsoLoginIT.ARIA), Db.userOf(ARIA_ALT), "Aria's alt is untouched");
    }

    @Test
    void anotherUsersTokenIdInTheRevokeFormIsRefused() throws Exception {
        long ariaToken = ((Number) Db.value("SELECT id FROM sso_token WHERE character_id = ? ORDER BY id DESC", ARIA_ALT)).longValue();
        String button = CharacterOwnershipIT.firstRevokeButton(dax.get("/account.xhtml").body());
        HttpResponse<String> r = dax.submit("/account.xhtml", "characters", button, Map.of("token", String.valueOf(ariaToken)));
        assertTrue(dax.follow(r).body().contains("That token does not exist or is not yours."));
        assertEquals(1, Db.count("SELECT count(*) FROM sso_token WHERE id = ?", ariaToken));
    }

    /** The client id of the first such button on the account page (rows without it render none). */
    static String button(WebSession who, String id) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"(characters:character-table:\\d+:" + id + ")\"")
                .matcher(who.get("/account.xhtml").body());
        assertTrue(m.find(), "no " + id + " button");
        return m.group(1);
    }

    @Test
    void theMainCannotBeRemoved() throws Exception {
        HttpResponse<String> r = dax.submit("/account.xhtml", "characters", button(dax, "remove"),
                Map.of("character", String.valueOf(DAX)));
        assertTrue(dax.follow(r).body().contains("is your main"));
        assertEquals(Db.userOf(DAX_ALT), Db.userOf(DAX), "both characters are still Dax's");
    }

    @Test
    void anInternalGroupIdInTheJoinFormIsRefused() throws Exception {
        long leadership = ((Number) Db.value("SELECT id FROM auth_group WHERE name = 'Leadership'")).longValue();
        HttpResponse<String> r = dax.submit("/account.xhtml", "join-groups", "join-groups:joinable-table:0:join",
                Map.of("group", String.valueOf(leadership)));
        assertTrue(dax.follow(r).body().contains("cannot be joined"));
        assertEquals(0, Db.count("SELECT count(*) FROM group_member WHERE group_id = ? AND user_id = ?", leadership, Db.userOf(DAX)));
    }

    @Test
    void aGroupLeaderDecidesOnlyRequestsOfTheirOwnGroups() throws Exception {
        long recruitment = ((Number) Db.value("SELECT id FROM auth_group WHERE name = 'Recruitment'")).longValue();
        // Arrange through the admin page (GroupService, audited): Dax leads Market Traders only, now by request.
        long traders = ((Number) Db.value("SELECT id FROM auth_group WHERE name = 'Market Traders'")).longValue();
        HttpResponse<String> saved = aria.submit("/admin/groups.xhtml", "groups", "groups:save", Map.of(
                "groups:editing", String.valueOf(traders), "groups:name", "Market Traders",
                "groups:description", (String) Db.value("SELECT description FROM auth_group WHERE id = ?", traders),
                "groups:policy_input", "REQUEST", "groups:leaders_hinput", String.valueOf(Db.userOf(DAX))));
        assertTrue(aria.follow(saved).body().contains("Group Market Traders saved."));
        assertEquals(1, Db.count("SELECT count(*) FROM group_leader WHERE group_id = ? AND user_id = ?", traders, Db.userOf(DAX)));
        WebSession gwen = new WebSession();
        gwen.loginOk(CharacterOwnershipIT.GWEN);
        gwen.follow(gwen.submit("/account.xhtml", "join-groups", "join-groups:joinable-table:0:join",
                Map.of("group", String.valueOf(recruitment))));
        long request = ((Number) Db.value("SELECT id FROM group_request WHERE group_id = ? AND status = 'PENDING'", recruitment)).longValue();

        assertEquals(200, dax.get("/admin/requests.xhtml").statusCode(), "a leader opens the requests page");
        gwen.follow(gwen.submit("/account.xhtml", "join-groups", "join-groups:joinable-table:0:join",
                Map.of("group", String.valueOf(traders))));
        HttpResponse<String> r = dax.submit("/admin/requests.xhtml", "requests", "requests:request-table:0:approve",
                Map.of("request", String.valueOf(request)));
        assertTrue(dax.follow(r).body().contains("not yours to decide"));
        assertEquals("PENDING", Db.value("SELECT status FROM group_request WHERE id = ?", request));
    }
}
