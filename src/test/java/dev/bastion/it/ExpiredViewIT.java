package dev.bastion.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Item 5: a form posted with a view state the server no longer holds gets a "session expired" page, not a 500. */
class ExpiredViewIT {

    /** Server-side state saving: an id the server never issued is what a view looks like after it expired. */
    static final String STALE = "-1234567890123456789:-987654321098765432";

    static final WebSession aria = new WebSession();

    @BeforeAll
    static void logIn() throws Exception {
        Http.awaitReady();
        aria.loginOk(SsoLoginIT.ARIA);
    }

    @Test
    void item5_aStaleViewStateLeadsToTheExpiredPage() throws Exception {
        HttpResponse<String> r = aria.post("/admin/users.xhtml", Map.of("users", "users", "users:check-tokens", "users:check-tokens",
                "jakarta.faces.ViewState", STALE));
        assertEquals(302, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/error/expired.xhtml?page=%2Fadmin%2Fusers.xhtml"), location);
        HttpResponse<String> page = aria.get(location);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Your session expired"), page.body());
        assertTrue(page.body().contains("href=\"/admin/users.xhtml\""), "offers to reload the page: " + page.body());
    }

    @Test
    void item5_aStaleAjaxPostIsRedirectedToo() throws Exception {
        String body = "users=users&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(STALE, "UTF-8")
                + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=users%3Asearch&jakarta.faces.partial.execute=users%3Asearch";
        HttpResponse<String> r = aria.client.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/admin/users.xhtml")).timeout(Http.REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<redirect url=\"/error/expired.xhtml?page=%2Fadmin%2Fusers.xhtml\""), r.body());
    }

    @Test
    void item5_theExpiredPageReloadsOnlyPortalPages() throws Exception {
        HttpResponse<String> page = Http.get("/error/expired.xhtml?page=https%3A%2F%2Fevil.example%2Fx.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("href=\"/index.xhtml\""), page.body());
    }
}
