package dev.bastion.it;

import dev.bastion.identity.app.IdentityService;
import dev.bastion.identity.model.SsoToken;
import dev.bastion.identity.app.TokenService;
import dev.bastion.identity.model.User;
import dev.bastion.identity.model.EveAccessToken;
import dev.bastion.identity.infra.SsoClient;
import dev.bastion.platform.Endpoints;
import dev.bastion.platform.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Token refresh under the SSO token's row lock, against the simulated EVE SSO on the same server (which
 * rotates refresh tokens like CCP's: a spent one is refused). Two callers are made to arrive together:
 * the test holds the row lock itself until both are seen waiting on it in PostgreSQL, then lets go.
 */
@ExtendWith(ArquillianExtension.class)
class TokenRefreshArqIT {

    static final long KAEL = 2_112_000_016L;
    static final long FINN = 2_112_000_010L;

    @Deployment
    static WebArchive deployment() {
        return ArqDeployment.of(TokenRefreshArqIT.class);
    }

    @Inject
    TokenService tokens;

    @Inject
    IdentityService identity;

    @Inject
    SsoClient sso;

    @Inject
    Endpoints endpoints;

    @Resource(lookup = "jdbc/bastion")
    DataSource db;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** Logs the character in through the simulated SSO; answers the id of its stored token. */
    private long storedToken(long characterId) throws Exception {
        User user = identity.signIn(InContainer.grant(sso, endpoints.simulatorBase(), characterId, List.of("publicData")));
        return identity.tokensOf(user.getId()).stream().filter(t -> t.getCharacter().getId() == characterId && t.isValid())
                .mapToLong(SsoToken::getId).max().orElseThrow();
    }

    private String storedRefreshToken(long tokenId) throws Exception {
        return InContainer.one(db, "SELECT refresh_token_enc FROM sso_token WHERE id = ?", rs -> rs.getString(1), tokenId);
    }

    /** Runs both callers while the test holds the row lock, releasing it once both wait on it. */
    private <T> List<T> together(Callable<T> first, Callable<T> second, long tokenId) throws Exception {
        Future<T> a;
        Future<T> b;
        try (Connection holder = db.getConnection()) {
            holder.setAutoCommit(false);
            Sql.one(holder, "SELECT id FROM sso_token WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), tokenId);
            a = executor.submit(first);
            b = executor.submit(second);
            InContainer.await(30_000, () -> waitingOnLocks() >= 2);
            assertEquals(2, waitingOnLocks(), "both callers wait on the token's row lock");
            holder.commit();
        }
        return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
    }

    private long waitingOnLocks() throws Exception {
        return InContainer.count(db, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock' AND query ILIKE '%sso_token%'");
    }

    @Test
    void twoConcurrentCallersCauseOneRotationAndBothGetAValidAccessToken() throws Exception {
        long id = storedToken(KAEL);
        String before = storedRefreshToken(id);

        List<Optional<String>> got = together(() -> tokens.accessToken(id), () -> tokens.accessToken(id), id);

        assertTrue(got.get(0).isPresent() && got.get(1).isPresent(), "both callers got an access token");
        assertEquals(got.get(0), got.get(1), "the second caller found the first one's token: one refresh, not two");
        EveAccessToken claims = sso.verify(got.get(0).orElseThrow());
        assertEquals(KAEL, claims.characterId(), "the token verifies against the SSO's keys and names the character");
        String after = storedRefreshToken(id);
        assertNotEquals(before, after, "the rotated refresh token was stored");

        assertEquals(got.get(0), tokens.accessToken(id), "a later caller is served the held token");
        assertEquals(after, storedRefreshToken(id), "without rotating again");
        assertEquals(TokenService.Outcome.REFRESHED, tokens.refresh(id), "the stored refresh token is the one the SSO accepts");
    }

    @Test
    void concurrentRefreshesSpendTheRotatedTokenNeverTheOldOne() throws Exception {
        long id = storedToken(KAEL);

        List<TokenService.Outcome> outcomes = together(() -> tokens.refresh(id), () -> tokens.refresh(id), id);

        // Without the lock the second refresh would send the refresh token the first had spent, the SSO
        // would answer invalid_grant, and the character's grant would be invalidated.
        assertEquals(List.of(TokenService.Outcome.REFRESHED, TokenService.Outcome.REFRESHED), outcomes);
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM sso_token WHERE id = ? AND valid", id));
        assertEquals(0, InContainer.count(db, "SELECT count(*) FROM audit_entry WHERE action = 'token.invalidated' "
                + "AND target LIKE ?", "%" + KAEL + "%"));
    }

    @Test
    void aGrantRevokedAtCcpIsInvalidatedAuditedAndItsOwnerTold() throws Exception {
        long id = storedToken(FINN);
        long userId = InContainer.one(db, "SELECT user_id FROM sso_token WHERE id = ?", rs -> rs.getLong(1), id);
        assertEquals(200, InContainer.postJson(endpoints.simulatorBase() + "/sim/sso/characters/" + FINN + "/revoke-grants",
                "{}").statusCode());

        assertEquals(TokenService.Outcome.INVALIDATED, tokens.refresh(id));

        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM sso_token WHERE id = ? AND NOT valid "
                + "AND invalid_reason LIKE '%refused%'", id));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM audit_entry WHERE action = 'token.invalidated' "
                + "AND target LIKE ?", "%" + FINN + "%"));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM user_notification WHERE user_id = ? "
                + "AND message LIKE '%no longer works%'", userId));
        assertFalse(tokens.accessToken(id).isPresent(), "an invalid grant yields no access token");
    }
}
