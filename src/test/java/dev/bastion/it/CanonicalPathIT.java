package dev.bastion.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 item 2: every spelling of an admin page's path is judged as the page it reaches. The requests
 * go out byte for byte on a socket, since a URI-based client could normalise the path before sending it.
 */
class CanonicalPathIT {

    /** Each of these reached /admin/users.xhtml while the access filter read the raw URI as some other, public path. */
    static Stream<String> spellings() {
        return Stream.of("/%61dmin/users.xhtml", "//admin/users.xhtml", "/./admin/users.xhtml", "/x/../admin/users.xhtml",
                "/admin;x=1/users.xhtml");
    }

    static final long JORA = KillTrackerAccessIT.JORA;
    static String member;

    @BeforeAll
    static void logIn() throws Exception {
        WebSession jora = new WebSession();
        jora.loginOk(JORA);
        member = jora.sessionId();
    }

    static void assertNoAdminContent(Http.RawResponse r) {
        assertFalse(r.body().contains("check-tokens") || r.body().contains("user-table"), r.body());
        assertFalse(r.body().contains("Error 500"), r.body());
    }

    @ParameterizedTest(name = "{0} answers 403 to a member")
    @MethodSource("spellings")
    void item2_aRespelledAdminPathIsRefusedToAMember(String path) throws Exception {
        Http.RawResponse r = Http.raw("GET", path, member, null);
        assertEquals(403, r.status(), r.body());
        assertTrue(r.body().contains("Not allowed"), r.body());
        assertNoAdminContent(r);
    }

    @ParameterizedTest(name = "{0} sends an anonymous visitor to log in")
    @MethodSource("spellings")
    void item2_aRespelledAdminPathSendsAnAnonymousVisitorToLogIn(String path) throws Exception {
        Http.RawResponse r = Http.raw("GET", path, null, null);
        assertEquals(302, r.status(), r.body());
        assertTrue(r.headers().get("location").endsWith("/login?next=%2Fadmin%2Fusers.xhtml"), r.headers().toString());
        assertNoAdminContent(r);
    }

    @ParameterizedTest(name = "a postback to {0} answers 403 to a member and changes nothing")
    @MethodSource("spellings")
    void item2_aPostbackToARespelledAdminPathIsRefused(String path) throws Exception {
        long checks = Db.count("SELECT count(*) FROM audit_entry WHERE action LIKE 'token.%'");
        Http.RawResponse r = Http.raw("POST", path, member, "users=users&users%3Acheck-tokens=x&jakarta.faces.ViewState=stolen");
        assertEquals(403, r.status(), r.body());
        assertEquals(checks, Db.count("SELECT count(*) FROM audit_entry WHERE action LIKE 'token.%'"));
        Http.RawResponse anonymous = Http.raw("POST", path, null, "users=users&users%3Acheck-tokens=x");
        assertEquals(401, anonymous.status(), anonymous.body());
    }

    @ParameterizedTest(name = "{0} has no single meaning and answers 400")
    @ValueSource(strings = {"/admin%2fusers.xhtml", "/%2e/admin/users.xhtml", "/admin%5cusers.xhtml", "/%2561dmin/users.xhtml"})
    void item2_aPathWithEncodedSeparatorsIsRefused(String path) throws Exception {
        Http.RawResponse r = Http.raw("GET", path, member, null);
        assertEquals(400, r.status(), r.body());
        assertNoAdminContent(r);
    }

    @Test
    void item2_theSuperuserStillOpensTheAdminPagesAndPublicPagesStayOpen() throws Exception {
        WebSession aria = new WebSession();
        aria.loginOk(SsoLoginIT.ARIA);
        Http.RawResponse admin = Http.raw("GET", "/admin/users.xhtml", aria.sessionId(), null);
        assertEquals(200, admin.status());
        assertTrue(admin.body().contains("user-table"));
        assertEquals(200, Http.raw("GET", "/", null, null).status());
        assertEquals(200, Http.raw("GET", "/index.xhtml", null, null).status());
    }

    /**
     * An error thrown while the page renders (here: the matches of an unknown tracker, found missing by the
     * page's bean) is a clean 404 with nothing of the page, not a 200 with half a page or a 500.
     */
    @Test
    void item2_anErrorDuringRenderingSendsNothingOfThePage() throws Exception {
        assertEquals(200, Http.raw("GET", "/killtracker/matches.xhtml", member, null).status(),
                "the member may open the page itself: the error comes from the bean, while rendering");
        Http.RawResponse r = Http.raw("GET", "/killtracker/matches.xhtml?tracker=999999", member, null);
        assertEquals(404, r.status(), r.body());
        assertTrue(r.body().contains("There is no tracker 999999."), r.body());
        assertFalse(r.body().contains("match-table"), "nothing of the page is sent");
        assertFalse(r.body().contains("Error 500"), r.body());
    }
}
