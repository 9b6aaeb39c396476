package dev.bastion.it;

import dev.bastion.identity.app.AffiliationUpdates;
import dev.bastion.identity.app.IdentityService;
import dev.bastion.identity.model.User;
import dev.bastion.identity.infra.SsoClient;
import dev.bastion.platform.Endpoints;
import dev.bastion.identity.model.TokenGrant;
import dev.bastion.platform.Sql;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helpers for tests that run inside the Arquillian server: read what the services committed (plain
 * JDBC on the server's data source, so only committed rows are seen), and obtain real SSO grants from
 * the simulator on the same server, the way the login servlet does.
 */
final class InContainer {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private InContainer() {
    }

    static long count(DataSource ds, String sql, Object... params) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return Sql.one(c, sql, rs -> rs.getLong(1), params);
        }
    }

    static <T> T one(DataSource ds, String sql, Sql.Row<T> row, Object... params) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return Sql.one(c, sql, row, params);
        }
    }

    static int update(DataSource ds, String sql, Object... params) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return Sql.update(c, sql, params);
        }
    }

    /** Audit entries with this action whose target contains the text. */
    static long audited(DataSource ds, String action, String target) throws SQLException {
        return count(ds, "SELECT count(*) FROM audit_entry WHERE action = ? AND target LIKE ?", action, "%" + target + "%");
    }

    /**
     * An SSO grant for a simulated character: the simulator's authorize step (approving at once with
     * {@code character_id}), then Bastion's own code exchange with PKCE, which verifies the JWT.
     */
    static TokenGrant grant(SsoClient sso, String simulatorBase, long characterId, List<String> scopes) throws Exception {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        URI authorize = URI.create(sso.authorizeUrl(simulatorBase + "/sso/callback", scopes, "arq-state", challenge)
                + "&character_id=" + characterId);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(authorize).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302) {
            throw new IllegalStateException("the simulated SSO answered " + r.statusCode() + ": " + r.body());
        }
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(r.headers().firstValue("Location").orElseThrow());
        if (!code.find()) {
            throw new IllegalStateException("no code in " + r.headers().firstValue("Location"));
        }
        return sso.exchangeCode(code.group(1), verifier);
    }

    /**
     * Logs the simulated character in through IdentityService, as the SSO callback does, then waits for the
     * background affiliation refresh that follows every login (it sets the state), so that a test starts
     * from the state the character's corporation and alliance give; answers the user as it is then.
     */
    static User signIn(IdentityService identity, SsoClient sso, Endpoints endpoints, long characterId) throws Exception {
        User user = identity.signIn(grant(sso, endpoints.simulatorBase(), characterId, List.of("publicData")));
        jakarta.enterprise.inject.spi.CDI.current().select(AffiliationUpdates.class).get()
                .refresh(characterId).get(60, java.util.concurrent.TimeUnit.SECONDS);
        return identity.user(user.getId());
    }

    /**
     * A new pilot in the simulated EVE universe, so that a test owns users no other test touches (as
     * {@code Db.simCharacter} does for the HTTP tests). Corporation 98000001-3 are in the demo alliance.
     */
    static void pilot(DataSource ds, long characterId, String name, String account, long corporationId) throws SQLException {
        update(ds, "INSERT INTO sim_character VALUES (?, ?, ?, ?, now() - interval '3 years', 0.5, ?) ON CONFLICT DO NOTHING",
                characterId, name, account, corporationId, dev.bastion.simulator.demo.DemoUniverse.ownerHash(account, characterId));
    }

    /** Adds the simulated character to the user as an alt, as the add-character round trip does, and waits for its affiliation. */
    static void addAlt(IdentityService identity, SsoClient sso, Endpoints endpoints, long userId, long characterId) throws Exception {
        identity.addCharacter(userId, grant(sso, endpoints.simulatorBase(), characterId, List.of("publicData")));
        jakarta.enterprise.inject.spi.CDI.current().select(AffiliationUpdates.class).get()
                .refresh(characterId).get(60, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** The name of the user's current state. */
    static String stateOf(DataSource ds, long userId) throws SQLException {
        return one(ds, "SELECT s.name FROM app_user u JOIN user_state s ON s.id = u.state_id WHERE u.id = ?",
                rs -> rs.getString(1), userId);
    }

    static HttpResponse<String> postJson(String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Something a test waits for. */
    @FunctionalInterface
    interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls every 100 ms until the condition holds or the timeout passes; the caller asserts afterwards. */
    static void await(long timeoutMillis, Condition condition) throws Exception {
        long until = System.currentTimeMillis() + timeoutMillis;
        while (!condition.holds() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
    }
}
