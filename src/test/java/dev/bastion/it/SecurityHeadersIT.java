package dev.bastion.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Item 5: the headers and cookie of a hardened web app on a public page, an account page, an admin page,
 * an error page and a JSON answer; error messages escaped exactly once.
 */
class SecurityHeadersIT {

    static final WebSession aria = new WebSession();

    @BeforeAll
    static void logIn() throws Exception {
        Http.awaitReady();
        aria.loginOk(SsoLoginIT.ARIA);
    }

    @Test
    void item5_aPublicPageCarriesEveryHeader() throws Exception {
        HttpResponse<String> r = Http.get("/index.xhtml");
        assertEquals(200, r.statusCode());
        assertPageHeaders(r);
        assertNoStore(r); // the same address is a member's dashboard once they log in
    }

    @Test
    void item5_stylesheetsMayBeCached() throws Exception {
        HttpResponse<String> r = Http.get("/jakarta.faces.resource/css/bastion.css.xhtml");
        assertEquals(200, r.statusCode());
        assertFalse(r.headers().allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")),
                r.headers().allValues("Cache-Control").toString());
    }

    @Test
    void item5_anAccountPageCarriesEveryHeaderAndIsNeverStored() throws Exception {
        HttpResponse<String> r = aria.get("/account.xhtml");
        assertEquals(200, r.statusCode());
        assertPageHeaders(r);
        assertNoStore(r);
    }

    @Test
    void item5_anAdminPageCarriesEveryHeaderAndIsNeverStored() throws Exception {
        HttpResponse<String> r = aria.get("/killtracker/webhooks.xhtml");
        assertEquals(200, r.statusCode(), r.body());
        assertPageHeaders(r);
        assertNoStore(r);
    }

    @Test
    void item5_aRefusedAdminPageCarriesEveryHeader() throws Exception {
        WebSession ivo = new WebSession();
        ivo.loginOk(IdentityBrowserIT.IVO);
        HttpResponse<String> r = ivo.get("/admin/users.xhtml");
        assertEquals(403, r.statusCode());
        assertPageHeaders(r);
        assertNoStore(r);
    }

    @Test
    void item5_jsonAnswersMayLoadNothingAndCannotBeFramed() throws Exception {
        HttpResponse<String> r = Http.get("/api/universe/route?from=30000142&to=30002187");
        assertEquals(200, r.statusCode());
        assertEquals(List.of("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"),
                r.headers().allValues("Content-Security-Policy"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
    }

    @Test
    void item5_theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        WebSession fresh = new WebSession();
        HttpResponse<String> r = fresh.get("/login");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + r.headers().map()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        // The test server's public URL is http: the cookie could not travel if it were Secure (the https rule: SecurityHeadersTest).
        assertFalse(cookie.contains("Secure"), cookie);
    }

    @Test
    void item5_anErrorMessageIsEscapedOnce() throws Exception {
        HttpResponse<String> r = new WebSession().get("/sso/callback?state=none&code=x");
        assertEquals(400, r.statusCode());
        String message = errorMessage(r.body());
        assertTrue(message.contains("10 minutes (state mismatch). Start again"), message);
        assertFalse(r.body().contains("&amp;#"), r.body());
    }

    @Test
    void item5_textFromTheRequestInAnErrorMessageIsEscapedExactlyOnce() throws Exception {
        WebSession s = new WebSession();
        URI authorize = s.startLogin("/login");
        Matcher state = Pattern.compile("state=([A-Za-z0-9_-]+)").matcher(authorize.getRawQuery());
        assertTrue(state.find());
        HttpResponse<String> r = s.get("/sso/callback?state=" + state.group(1) + "&error=%3Cb%3Edenied%3C%2Fb%3E");
        assertEquals(400, r.statusCode());
        String message = errorMessage(r.body());
        assertTrue(message.contains("did not authorise the login (&lt;b&gt;denied&lt;/b&gt;)."), message);
    }

    private static String errorMessage(String body) {
        Matcher m = Pattern.compile("<p id=\"error-message\">(.*?)</p>", Pattern.DOTALL).matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    private static void assertPageHeaders(HttpResponse<String> r) {
        List<String> csp = r.headers().allValues("Content-Security-Policy");
        assertEquals(1, csp.size(), "one policy, or the browser enforces both: " + csp);
        String policy = csp.get(0);
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertTrue(scripts.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?"), policy);
        assertTrue(r.body().contains("nonce=\"" + scripts.replaceAll(".*'nonce-([^']+)'.*", "$1") + "\""),
                "the page's scripts carry the header's nonce");
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""));
        assertFalse(r.body().matches("(?s).*<script(?![^>]*nonce=)[^>]*>.*"), "every script has a nonce");
        assertFalse(r.body().matches("(?s).*\\son(click|change|load|submit)=.*"), "no inline event handlers");
    }

    private static void assertNoStore(HttpResponse<String> r) {
        assertTrue(r.headers().allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")),
                r.headers().allValues("Cache-Control").toString());
    }
}
