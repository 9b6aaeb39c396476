package dev.bastion.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging in with EVE Online through the simulated SSO, with every check of the flow and of the token. */
class SsoLoginIT {

    static final long ARIA = 2_112_000_001L;
    static final long EIRA = 2_112_000_009L;

    @Test
    void theAuthorizeRequestCarriesPkceStateAndTheLoginScopes() throws Exception {
        URI authorize = new WebSession().startLogin("/login");
        String q = authorize.getRawQuery();
        assertTrue(authorize.toString().startsWith(Http.BASE + "/sim/sso/v2/oauth/authorize"), authorize.toString());
        assertTrue(q.contains("code_challenge_method=S256"), q);
        assertTrue(q.matches(".*code_challenge=[A-Za-z0-9_-]{43}(&.*|$)"), q);
        assertTrue(q.matches(".*state=[A-Za-z0-9_-]{43}(&.*|$)"), q);
        assertTrue(q.contains("scope=publicData"), q);
        assertTrue(q.contains("redirect_uri=" + java.net.URLEncoder.encode(Http.BASE + "/sso/callback", "UTF-8")), q);
    }

    /** The scope parameter of an SSO authorize URL, decoded. */
    static String scopeOf(URI authorize) {
        for (String pair : authorize.getRawQuery().split("&")) {
            if (pair.startsWith("scope=")) {
                return java.net.URLDecoder.decode(pair.substring(6), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Test
    void loggingInAndAddingAnAltAskForIdentitysScopesOnly() throws Exception {
        assertEquals("publicData", scopeOf(new WebSession().startLogin("/login")));
        WebSession aria = new WebSession();
        aria.loginOk(ARIA);
        assertEquals("publicData", scopeOf(aria.startLogin("/account/add-character")));
        assertEquals(404, aria.get("/account/add-character?for=no-such-module").statusCode(),
                "a scope set no module declares is not asked for");
    }

    @Test
    void firstLoginCreatesAUserWithThatCharacterAsMain() throws Exception {
        WebSession browser = new WebSession();
        browser.loginOk(ARIA);
        HttpResponse<String> account = browser.get("/account.xhtml");
        assertEquals(200, account.statusCode());
        assertTrue(account.body().contains("id=\"my-name\">Aria Valen"), account.body());
        assertTrue(account.body().contains("Bastion Demo Alliance"), "affiliation names come from ESI");
        Long user = Db.userOf(ARIA);
        assertNotNull(user);
        assertEquals(ARIA, ((Number) Db.value("SELECT main_character_id FROM app_user WHERE id = ?", user)).longValue());
        assertEquals("Member", Db.value("SELECT s.name FROM app_user u JOIN user_state s ON s.id = u.state_id WHERE u.id = ?", user));
    }

    @Test
    void theRefreshTokenIsStoredEncrypted() throws Exception {
        new WebSession().loginOk(ARIA);
        String stored = (String) Db.value("SELECT refresh_token_enc FROM sso_token WHERE character_id = ? ORDER BY id DESC", ARIA);
        assertEquals(5, stored.split("\\.", -1).length, "a compact JWE");
        assertTrue(stored.startsWith("eyJ"), stored);
        long plainCopies = Db.count("SELECT count(*) FROM sim_refresh_token s JOIN sso_token t ON t.refresh_token_enc LIKE '%' || s.token || '%'");
        assertEquals(0, plainCopies, "no refresh token appears in clear in Bastion's table");
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        WebSession browser = new WebSession();
        URI authorize = browser.startLogin("/login");
        String before = browser.sessionId();
        assertNotNull(before);
        browser.get(browser.approve(authorize, ARIA).toString());
        assertNotEquals(before, browser.sessionId());
    }

    @Test
    void aTamperedStateIsRefusedAndNobodyIsLoggedIn() throws Exception {
        WebSession browser = new WebSession();
        URI callback = browser.approve(browser.startLogin("/login"), ARIA);
        String tampered = callback.toString().replaceAll("state=[^&]+", "state=forged-by-an-attacker");
        HttpResponse<String> r = browser.get(tampered);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("state mismatch"), r.body());
        assertEquals(302, browser.get("/account.xhtml").statusCode(), "still not logged in");
    }

    @Test
    void aCallbackCannotBeReplayed() throws Exception {
        WebSession browser = new WebSession();
        URI callback = browser.approve(browser.startLogin("/login"), ARIA);
        assertEquals(302, browser.get(callback.toString()).statusCode());
        assertEquals(400, browser.get(callback.toString()).statusCode());
    }

    @Test
    void aCallbackFromAnotherBrowserIsRefused() throws Exception {
        URI callback = new WebSession().approve(new WebSession().startLogin("/login"), ARIA);
        HttpResponse<String> r = new WebSession().get(callback.toString());
        assertEquals(400, r.statusCode(), "the state is bound to the session that started the login");
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({"bad_signature, signature", "wrong_audience, audience", "expired, claims", "wrong_issuer, issuer"})
    void aBadTokenFromSsoIsRefused(String fault, String reason) throws Exception {
        long usersBefore = Db.count("SELECT count(*) FROM app_user");
        long tokensBefore = Db.count("SELECT count(*) FROM sso_token");
        assertEquals(204, Http.postJson("/sim/sso/faults", "{\"next\":\"" + fault + "\"}").statusCode());
        WebSession browser = new WebSession();
        HttpResponse<String> r = browser.login(EIRA);
        assertEquals(401, r.statusCode(), r.body());
        assertTrue(r.body().contains("failed verification") && r.body().contains(reason), r.body());
        assertEquals(302, browser.get("/account.xhtml").statusCode(), "not logged in");
        assertEquals(usersBefore, Db.count("SELECT count(*) FROM app_user"), "nothing was created");
        assertEquals(tokensBefore, Db.count("SELECT count(*) FROM sso_token"), "no token was stored");
    }

    @Test
    void anAnonymousVisitorOfAProtectedPageIsSentToLogInAndComesBack() throws Exception {
        WebSession browser = new WebSession();
        HttpResponse<String> r = browser.get("/admin/users.xhtml");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith("/login?next=%2Fadmin%2Fusers.xhtml"));
        HttpResponse<String> callback = browser.get(browser.approve(browser.startLogin("/login?next=%2Fadmin%2Fusers.xhtml"),
                ARIA).toString());
        assertEquals(Http.BASE + "/admin/users.xhtml", callback.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void anOffSiteNextIsIgnored() throws Exception {
        WebSession browser = new WebSession();
        HttpResponse<String> callback = browser.get(browser.approve(browser.startLogin("/login?next=https://evil.example/"),
                ARIA).toString());
        assertTrue(callback.headers().firstValue("Location").orElseThrow().endsWith("/index.xhtml"));
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        WebSession browser = new WebSession();
        browser.loginOk(ARIA);
        HttpResponse<String> r = browser.submit("/account.xhtml", "nav", "nav:logout", java.util.Map.of());
        assertEquals(302, r.statusCode(), r.body());
        assertEquals(302, browser.get("/account.xhtml").statusCode(), "logged out");
    }

    @Test
    void theLoginIsAudited() throws Exception {
        new WebSession().loginOk(ARIA);
        assertTrue(Db.count("SELECT count(*) FROM audit_entry WHERE action = 'user.login' AND after_text = 'as Aria Valen'") > 0);
    }
}
