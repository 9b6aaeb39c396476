package dev.bastion.it;

import dev.bastion.identity.app.SsoScopes;
import dev.bastion.identity.app.TokenService;
import dev.bastion.identity.model.ScopeSet;
import dev.bastion.platform.Endpoints;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extension point for a module's scopes, end to end: a scope set declared by a bean (here a stand-in
 * for member audit, deployed with this test) is found by name, is among the scopes to register at CCP,
 * and {@code /account/add-character?for=<set>&next=...} asks EVE SSO for exactly its scopes, stores the
 * token that comes back where the module finds it, and returns to the module's page.
 */
@ExtendWith(ArquillianExtension.class)
class ScopeSetsArqIT {

    static final long IVY = 2_112_950_030L;
    static final List<String> AUDIT_SCOPES = List.of("esi-skills.read_skills.v1", "esi-assets.read_assets.v1");

    /** What a module does to ask for its own scopes. */
    @ApplicationScoped
    static class StandInMemberAudit {
        @Produces
        ScopeSet memberAudit() {
            return new ScopeSet("arq-member-audit", AUDIT_SCOPES);
        }
    }

    @Deployment
    static WebArchive deployment() {
        return ArqDeployment.of(ScopeSetsArqIT.class, StandInMemberAudit.class);
    }

    @Inject
    SsoScopes scopes;

    @Inject
    TokenService tokens;

    @Inject
    Endpoints endpoints;

    @Resource(lookup = "jdbc/bastion")
    DataSource db;

    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> r) {
        assertEquals(302, r.statusCode(), r.body());
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static String scopeOf(String authorize) {
        for (String pair : URI.create(authorize).getRawQuery().split("&")) {
            if (pair.startsWith("scope=")) {
                return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Test
    void aModulesScopeSetIsFoundByNameAndAmongTheScopesToRegister() {
        assertEquals(List.of("publicData"), scopes.identity().scopes());
        assertEquals(AUDIT_SCOPES, scopes.named("arq-member-audit").orElseThrow().scopes());
        assertTrue(scopes.toRegister().containsAll(List.of("publicData", "esi-skills.read_skills.v1", "esi-assets.read_assets.v1")),
                scopes.toRegister().toString());
    }

    @Test
    void aCharacterRegisteredForAModuleIsAskedForTheModulesScopesAndComesBackToItsPage() throws Exception {
        InContainer.pilot(db, IVY, "Ivy Tarn", "tarn-ivy", 98_000_002L);
        String base = endpoints.simulatorBase();

        String login = location(get(base + "/login"));
        assertEquals("publicData", scopeOf(login));
        assertTrue(location(get(location(get(login + "&character_id=" + IVY)))).endsWith("/index.xhtml"));

        String register = location(get(base + "/account/add-character?for=arq-member-audit&next=/admin/users.xhtml"));
        assertEquals("esi-skills.read_skills.v1 esi-assets.read_assets.v1", scopeOf(register));
        String back = location(get(location(get(register + "&character_id=" + IVY))));
        assertEquals(base + "/admin/users.xhtml", back, "back to the module's page");

        assertTrue(tokens.tokenFor(IVY, AUDIT_SCOPES).isPresent(), "the module finds a token with its scopes");
        assertTrue(tokens.tokenFor(IVY, List.of("publicData")).isPresent(), "the login's token is kept beside it");
        assertEquals(2, InContainer.count(db, "SELECT count(*) FROM sso_token WHERE character_id = ?", IVY));
    }
}
