package dev.bastion.identity.app;

import dev.bastion.identity.model.AuditAction;
import dev.bastion.identity.infra.AccessTokens;
import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.CharacterOwnership;
import dev.bastion.identity.model.SsoToken;
import dev.bastion.identity.infra.TokenCipher;
import dev.bastion.identity.model.UserNotification;

import dev.bastion.identity.infra.InvalidTokenException;
import dev.bastion.identity.infra.SsoClient;
import dev.bastion.identity.infra.SsoException;
import dev.bastion.identity.model.TokenGrant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Uses stored SSO grants: refreshes them for an access token, keeping the rotated refresh token, and
 * checks ownership while doing so. A grant CCP refuses for good is marked invalid and its owner told.
 */
@Stateless
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class.getName());

    /** What happened to one token. */
    public enum Outcome { REFRESHED, INVALIDATED, TRANSFERRED, UNAVAILABLE }

    @PersistenceContext
    EntityManager em;

    @Inject
    SsoClient sso;

    @Inject
    TokenVault vault;

    @Inject
    IdentityService identity;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    AccessTokens accessTokens;

    /**
     * Refreshes one token in its own transaction: CCP has rotated the refresh token the moment it
     * answers, so the new one must be committed whatever the caller does next. The row is locked so two
     * callers (threads or servers) never spend the same refresh token: the second waits for the first's
     * commit and refreshes with the rotated one.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome refresh(long tokenId) {
        SsoToken token = locked(tokenId);
        return token == null ? Outcome.INVALIDATED : rotate(token).outcome();
    }

    /**
     * A current access token for ESI calls on the character's behalf: the one this server already holds
     * while it has a minute left, else a refresh. Read under the row lock, so concurrent callers refresh
     * once: the second waits for the first's commit and then finds its access token. (Another server
     * holds its own; it refreshes with the rotated refresh token, never the spent one.) Empty when the
     * grant is invalid, moved to another account or EVE SSO cannot be reached.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> accessToken(long tokenId) {
        SsoToken token = locked(tokenId);
        if (token == null) {
            accessTokens.forget(tokenId);
            return Optional.empty();
        }
        Optional<String> held = accessTokens.current(tokenId, Instant.now());
        if (held.isPresent()) {
            return held;
        }
        Rotation r = rotate(token);
        return r.outcome() == Outcome.REFRESHED ? Optional.of(r.accessToken()) : Optional.empty();
    }

    /** The token row under a write lock, or null when it is gone or no longer valid. */
    private SsoToken locked(long tokenId) {
        SsoToken token = em.find(SsoToken.class, tokenId, LockModeType.PESSIMISTIC_WRITE);
        return token == null || !token.isValid() ? null : token;
    }

    private record Rotation(Outcome outcome, String accessToken) {
        static Rotation of(Outcome outcome) {
            return new Rotation(outcome, null);
        }
    }

    private Rotation rotate(SsoToken token) {
        long tokenId = token.getId();
        accessTokens.forget(tokenId);
        String refreshToken;
        try {
            refreshToken = vault.cipher().decrypt(token.getRefreshTokenEncrypted());
        } catch (TokenCipher.UndecryptableException e) {
            return Rotation.of(invalidate(token, "The stored token cannot be decrypted (" + e.getMessage() + ")."));
        }
        TokenGrant grant;
        try {
            grant = sso.refresh(refreshToken);
        } catch (SsoException e) {
            if (e.grantRevoked()) {
                return Rotation.of(invalidate(token, "EVE SSO refused the token: " + e.getMessage()));
            }
            LOG.warning(() -> "Token " + tokenId + " not refreshed, EVE SSO unavailable: " + e.getMessage());
            return Rotation.of(Outcome.UNAVAILABLE);
        } catch (InvalidTokenException e) {
            LOG.warning(() -> "Token " + tokenId + " not refreshed, the new access token failed verification: " + e.getMessage());
            return Rotation.of(Outcome.UNAVAILABLE);
        }
        token.rotated(vault.cipher().encrypt(grant.refreshToken()), OffsetDateTime.now());
        if (!grant.claims().ownerHash().equals(token.getOwnerHash())) {
            CharacterOwnership o = em.find(CharacterOwnership.class, token.getCharacter().getId());
            if (o != null) {
                identity.transfer(o, "seen while refreshing its token");
            }
            return Rotation.of(Outcome.TRANSFERRED);
        }
        accessTokens.hold(tokenId, grant.accessToken(), grant.claims().expiresAt());
        return new Rotation(Outcome.REFRESHED, grant.accessToken());
    }

    /** Ids of every valid token, for the periodic ownership check (Alliance Auth's). */
    public List<Long> validTokenIds() {
        return em.createQuery("SELECT t.id FROM SsoToken t WHERE t.valid = TRUE ORDER BY t.id", Long.class).getResultList();
    }

    /** A valid token of the character that covers the scopes, if any. */
    public Optional<SsoToken> tokenFor(long characterId, List<String> scopes) {
        return em.createQuery("SELECT t FROM SsoToken t WHERE t.character.id = :c AND t.valid = TRUE ORDER BY t.id DESC",
                SsoToken.class).setParameter("c", characterId).getResultList().stream()
                .filter(t -> t.scopeList().containsAll(scopes)).findFirst();
    }

    private Outcome invalidate(SsoToken token, String reason) {
        token.invalidate(reason);
        audit.record(Actor.SYSTEM, AuditAction.TOKEN_INVALIDATED, "character " + IdentityService.label(token.getCharacter()),
                "valid", reason);
        notifications.notify(token.getUser(), UserNotification.Level.WARNING, "The EVE SSO token of "
                + token.getCharacter().getName() + " no longer works (" + reason + "). Add the character again on "
                + "My account to restore it.");
        return Outcome.INVALIDATED;
    }
}
