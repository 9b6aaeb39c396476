package dev.bastion.identity;

import dev.bastion.identity.sso.InvalidTokenException;
import dev.bastion.identity.sso.SsoClient;
import dev.bastion.identity.sso.SsoException;
import dev.bastion.identity.sso.TokenGrant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

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

    /**
     * Refreshes one token in its own transaction: CCP has rotated the refresh token the moment it
     * answers, so the new one must be committed whatever the caller does next. The row is locked so two
     * servers never spend the same refresh token.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome refresh(long tokenId) {
        SsoToken token = em.find(SsoToken.class, tokenId, LockModeType.PESSIMISTIC_WRITE);
        if (token == null || !token.isValid()) {
            return Outcome.INVALIDATED;
        }
        String refreshToken;
        try {
            refreshToken = vault.cipher().decrypt(token.getRefreshTokenEncrypted());
        } catch (TokenCipher.UndecryptableException e) {
            return invalidate(token, "The stored token cannot be decrypted (" + e.getMessage() + ").");
        }
        TokenGrant grant;
        try {
            grant = sso.refresh(refreshToken);
        } catch (SsoException e) {
            if (e.grantRevoked()) {
                return invalidate(token, "EVE SSO refused the token: " + e.getMessage());
            }
            LOG.warning(() -> "Token " + tokenId + " not refreshed, EVE SSO unavailable: " + e.getMessage());
            return Outcome.UNAVAILABLE;
        } catch (InvalidTokenException e) {
            LOG.warning(() -> "Token " + tokenId + " not refreshed, the new access token failed verification: " + e.getMessage());
            return Outcome.UNAVAILABLE;
        }
        token.rotated(vault.cipher().encrypt(grant.refreshToken()), OffsetDateTime.now());
        if (!grant.claims().ownerHash().equals(token.getOwnerHash())) {
            CharacterOwnership o = em.find(CharacterOwnership.class, token.getCharacter().getId());
            if (o != null) {
                identity.transfer(o, "seen while refreshing its token");
            }
            return Outcome.TRANSFERRED;
        }
        return Outcome.REFRESHED;
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
        audit.record(Actor.SYSTEM, "token.invalidated", "character " + IdentityService.label(token.getCharacter()),
                "valid", reason);
        notifications.notify(token.getUser(), UserNotification.Level.WARNING, "The EVE SSO token of "
                + token.getCharacter().getName() + " no longer works (" + reason + "). Add the character again on "
                + "My account to restore it.");
        return Outcome.INVALIDATED;
    }
}
