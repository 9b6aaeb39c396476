package dev.bastion.it;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One browser's worth of HTTP: a cookie jar, redirects followed by hand (so tests can look at and tamper
 * with each hop), the EVE SSO login through the simulator, and Faces form posts with their view state.
 */
final class WebSession {

    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    final CookieManager cookies = new CookieManager();
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    HttpResponse<String> get(String pathOrUrl) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(pathOrUrl)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GET /login and answer with the SSO authorize URL it redirects to. */
    URI startLogin(String startPath) throws Exception {
        HttpResponse<String> r = get(startPath);
        assertEquals(302, r.statusCode(), startPath + " should redirect to EVE SSO");
        return URI.create(r.headers().firstValue("Location").orElseThrow());
    }

    /** The simulated SSO approves the character and redirects to Bastion's callback: that callback URL. */
    URI approve(URI authorize, long characterId) throws Exception {
        HttpResponse<String> r = get(authorize + "&character_id=" + characterId);
        assertEquals(302, r.statusCode(), r.body());
        return URI.create(r.headers().firstValue("Location").orElseThrow());
    }

    /** The whole login through real redirects; answers the callback's response (302 to the account page). */
    HttpResponse<String> login(long characterId) throws Exception {
        return get(approve(startLogin("/login"), characterId).toString());
    }

    HttpResponse<String> loginOk(long characterId) throws Exception {
        HttpResponse<String> r = login(characterId);
        assertEquals(302, r.statusCode(), "login of " + characterId + " failed: " + r.body());
        assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith("/index.xhtml"));
        return r;
    }

    /** Adds a character through the add-character round trip. */
    HttpResponse<String> addCharacter(long characterId) throws Exception {
        return get(approve(startLogin("/account/add-character"), characterId).toString());
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /**
     * Posts a Faces form of a page as a click on a button would, with extra request parameters (the
     * f:param values a button carries, which a hostile user can set to anything).
     */
    HttpResponse<String> submit(String page, String formId, String buttonId, Map<String, String> params) throws Exception {
        HttpResponse<String> view = get(page);
        assertEquals(200, view.statusCode(), page + ": " + view.body());
        Matcher m = VIEW_STATE.matcher(view.body());
        assertTrue(m.find(), "no view state on " + page);
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.put(buttonId, buttonId);
        form.put("jakarta.faces.ViewState", m.group(1).replace("&#58;", ":"));
        // As PrimeFaces' script does in a browser: a postback names the page's CSP nonce, which the view keeps.
        Matcher nonce = NONCE.matcher(view.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        form.putAll(params);
        String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
        return post(path, form);
    }

    /** Follows one redirect (post/redirect/get) and answers the page. */
    HttpResponse<String> follow(HttpResponse<String> redirect) throws Exception {
        assertEquals(302, redirect.statusCode(), redirect.body());
        return get(redirect.headers().firstValue("Location").orElseThrow());
    }

    private static URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : Http.BASE + pathOrUrl);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
