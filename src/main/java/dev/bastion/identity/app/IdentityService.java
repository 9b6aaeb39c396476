package dev.bastion.identity.app;

import dev.bastion.identity.model.AuditAction;
import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.CharacterOutcome;
import dev.bastion.identity.model.CharacterOwnership;
import dev.bastion.identity.model.EveCharacter;
import dev.bastion.platform.Refusal;
import dev.bastion.identity.model.OwnershipRecord;
import dev.bastion.identity.model.SsoToken;
import dev.bastion.identity.model.State;
import dev.bastion.identity.infra.TokenCipher;
import dev.bastion.identity.model.User;
import dev.bastion.identity.model.UserNotification;
import dev.bastion.identity.model.Usernames;

import dev.bastion.identity.model.EveAccessToken;
import dev.bastion.identity.infra.SsoClient;
import dev.bastion.identity.infra.SsoException;
import dev.bastion.identity.model.TokenGrant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Who a person is: Alliance Auth's login and ownership rules. A character belongs to exactly one user
 * under the SSO owner hash it came with; a different hash means the character changed EVE accounts, so
 * it leaves its old user (tokens dropped, audited, the old owner told) before anything else happens.
 * Logins and added characters use only what the token and the database know; the affiliation is
 * refreshed afterwards ({@link AffiliationUpdates}), so that no transaction here waits on ESI.
 */
@Stateless
public class IdentityService {

    private static final Logger LOG = Logger.getLogger(IdentityService.class.getName());
    /** The first key of the advisory locks that serialise the sign-ins of one character ("BSIG"). */
    private static final int SIGN_IN_LOCKS = 0x42534947;

    @PersistenceContext
    EntityManager em;

    @Inject
    TokenVault vault;

    @Inject
    SsoClient sso;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    StateService states;

    @Inject
    SuperuserStatus superusers;

    /** Logs a character in: its owner, a returning owner, or a new user with it as main. */
    public User signIn(TokenGrant grant) {
        EveAccessToken t = grant.claims();
        lockCharacter(t.characterId());
        EveCharacter character = upsertCharacter(t);
        CharacterOwnership ownership = em.find(CharacterOwnership.class, t.characterId());
        User user;
        if (ownership != null && ownership.getOwnerHash().equals(t.ownerHash())) {
            user = ownership.getUser();
        } else {
            if (ownership != null) {
                transfer(ownership, "logged in from another EVE account");
            }
            user = returningUser(t);
            if (user == null) {
                user = createUser(character);
            } else if (user.getMain() == null) {
                user.setMain(character);
            }
            attach(character, user, t.ownerHash());
        }
        storeToken(user, character, grant);
        superusers.sync(user, "login as " + label(character));
        user.setLastLoginAt(OffsetDateTime.now());
        states.evaluate(user, Actor.SYSTEM);
        audit.record(Actor.of(user), AuditAction.USER_LOGIN, "user " + user.displayName(), null, "as " + character.getName());
        return user;
    }

    /** Adds a character to a logged-in user (an alt), or renews its token with more scopes. */
    public CharacterOutcome addCharacter(long userId, TokenGrant grant) {
        User user = user(userId);
        EveAccessToken t = grant.claims();
        lockCharacter(t.characterId());
        EveCharacter character = upsertCharacter(t);
        CharacterOwnership ownership = em.find(CharacterOwnership.class, t.characterId());
        CharacterOutcome outcome;
        if (ownership != null && ownership.getOwnerHash().equals(t.ownerHash())) {
            if (!ownership.getUser().getId().equals(user.getId())) {
                throw new Refusal(character.getName() + " is already registered to another Bastion user. "
                        + "Log in as that user to manage it.");
            }
            outcome = CharacterOutcome.of(CharacterOutcome.Kind.TOKEN_RENEWED, character.getName());
        } else {
            if (ownership != null) {
                transfer(ownership, "added by another user from a different EVE account");
            }
            attach(character, user, t.ownerHash());
            if (user.getMain() == null) {
                user.setMain(character);
            }
            audit.record(Actor.of(user), AuditAction.CHARACTER_ADDED, "character " + label(character), null, "user " + user.displayName());
            outcome = CharacterOutcome.of(CharacterOutcome.Kind.ADDED, character.getName());
        }
        storeToken(user, character, grant);
        superusers.sync(user, "character " + label(character) + " added");
        states.evaluate(user, Actor.of(user));
        return outcome;
    }

    /** Makes one of the user's characters their main. */
    public CharacterOutcome setMain(long userId, long characterId) {
        User user = user(userId);
        CharacterOwnership o = ownedBy(user, characterId);
        String before = user.getMain() == null ? null : user.getMain().getName();
        user.setMain(o.getCharacter());
        audit.record(Actor.of(user), AuditAction.USER_MAIN, "user " + user.getUsername(), before, o.getCharacter().getName());
        states.evaluate(user, Actor.of(user));
        return CharacterOutcome.of(CharacterOutcome.Kind.MAIN_CHANGED, o.getCharacter().getName());
    }

    /** Removes an alt: its grants are revoked at CCP and its ownership ends. The main cannot be removed. */
    public CharacterOutcome removeCharacter(long userId, long characterId) {
        User user = user(userId);
        CharacterOwnership o = ownedBy(user, characterId);
        if (user.getMain() != null && user.getMain().getId() == characterId) {
            throw new Refusal(o.getCharacter().getName() + " is your main. Make another character your main first.");
        }
        CharacterOutcome outcome = CharacterOutcome.of(CharacterOutcome.Kind.REMOVED, o.getCharacter().getName());
        for (SsoToken token : tokens(characterId)) {
            outcome = outcome.revoked(revokeAtCcp(token));
            em.remove(token);
        }
        em.remove(o);
        audit.record(Actor.of(user), AuditAction.CHARACTER_REMOVED, "character " + label(o.getCharacter()), "user " + user.displayName(), null);
        superusers.sync(user, "character " + label(o.getCharacter()) + " removed");
        return outcome;
    }

    /** Revokes one SSO grant of one's own character, at CCP and here. */
    public CharacterOutcome revokeToken(long userId, long tokenId) {
        User user = user(userId);
        SsoToken token = em.find(SsoToken.class, tokenId);
        if (token == null || !token.getUser().getId().equals(user.getId())) {
            throw new Refusal("That token does not exist or is not yours.");
        }
        CharacterOutcome outcome = CharacterOutcome.of(CharacterOutcome.Kind.TOKEN_REVOKED, token.getCharacter().getName())
                .revoked(revokeAtCcp(token));
        em.remove(token);
        audit.record(Actor.of(user), AuditAction.TOKEN_REVOKED, "character " + label(token.getCharacter()), "scopes " + token.getScopes(), null);
        return outcome;
    }

    /**
     * The character changed EVE accounts: it leaves its current user, with every token, and a user whose
     * main it was falls back to no main (and so to the guest state).
     */
    public void transfer(CharacterOwnership ownership, String why) {
        User old = ownership.getUser();
        EveCharacter character = ownership.getCharacter();
        for (SsoToken token : tokens(character.getId())) {
            em.remove(token);
        }
        em.remove(ownership);
        em.flush();
        if (old.getMain() != null && old.getMain().getId() == character.getId()) {
            old.setMain(null);
            states.evaluate(old, Actor.SYSTEM);
        }
        audit.record(Actor.SYSTEM, AuditAction.CHARACTER_TRANSFERRED, "character " + label(character), "user " + old.displayName(),
                "owner hash changed: " + why);
        superusers.sync(old, "character " + label(character) + " moved to another EVE account");
        notifications.notify(old, UserNotification.Level.WARNING, character.getName() + " moved to another EVE account "
                + "and was removed from your Bastion account.");
        LOG.info(() -> "Character " + character.getId() + " left user " + old.getId() + ": owner hash changed");
    }

    public List<CharacterOwnership> characters(long userId) {
        return em.createQuery("SELECT o FROM CharacterOwnership o WHERE o.user.id = :u ORDER BY o.character.name",
                CharacterOwnership.class).setParameter("u", userId).getResultList();
    }

    public List<SsoToken> tokensOf(long userId) {
        return em.createQuery("SELECT t FROM SsoToken t WHERE t.user.id = :u ORDER BY t.character.name, t.id",
                SsoToken.class).setParameter("u", userId).getResultList();
    }

    public User user(long userId) {
        User u = em.find(User.class, userId);
        if (u == null) {
            throw new Refusal("No such user.");
        }
        return u;
    }

    private CharacterOutcome.Revocation revokeAtCcp(SsoToken token) {
        try {
            sso.revoke(vault.cipher().decrypt(token.getRefreshTokenEncrypted()));
            return CharacterOutcome.Revocation.REVOKED;
        } catch (TokenCipher.UndecryptableException e) {
            return CharacterOutcome.Revocation.UNREADABLE;
        } catch (SsoException e) {
            LOG.warning(() -> "Revoking token " + token.getId() + " at EVE SSO failed: " + e.getMessage());
            return CharacterOutcome.Revocation.SSO_UNREACHABLE;
        }
    }

    private CharacterOwnership ownedBy(User user, long characterId) {
        CharacterOwnership o = em.find(CharacterOwnership.class, characterId);
        if (o == null || !o.getUser().getId().equals(user.getId())) {
            throw new Refusal("That character is not one of yours.");
        }
        return o;
    }

    /**
     * Serialises every sign-in and added character of one character id, across threads and servers, until
     * this transaction ends: two first logins at once (two tabs) would otherwise both create the character
     * and a user for it. Different characters do not wait for each other.
     */
    private void lockCharacter(long characterId) {
        em.createNativeQuery("SELECT count(*) FROM pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, SIGN_IN_LOCKS).setParameter(2, Long.hashCode(characterId)).getSingleResult();
    }

    private EveCharacter upsertCharacter(EveAccessToken t) {
        EveCharacter c = em.find(EveCharacter.class, t.characterId());
        if (c == null) {
            c = new EveCharacter(t.characterId(), t.characterName());
            em.persist(c);
        } else if (!c.getName().equals(t.characterName())) {
            c.setName(t.characterName());
        }
        return c;
    }

    private User returningUser(EveAccessToken t) {
        List<OwnershipRecord> records = em.createQuery("SELECT r FROM OwnershipRecord r WHERE r.characterId = :c "
                + "AND r.ownerHash = :h ORDER BY r.id DESC", OwnershipRecord.class)
                .setParameter("c", t.characterId()).setParameter("h", t.ownerHash()).setMaxResults(1).getResultList();
        return records.isEmpty() ? null : records.get(0).getUser();
    }

    private User createUser(EveCharacter main) {
        String username = Usernames.fromCharacterName(main.getName(), name -> !em.createQuery(
                "SELECT u.id FROM User u WHERE u.username = :n").setParameter("n", name).getResultList().isEmpty());
        State guest = states.guest();
        User u = new User(username, main, guest);
        em.persist(u);
        em.flush();
        audit.record(Actor.SYSTEM, AuditAction.USER_CREATED, "user " + username, null, "main " + label(main));
        return u;
    }

    private void attach(EveCharacter character, User user, String ownerHash) {
        em.persist(new CharacterOwnership(character, user, ownerHash));
        boolean known = !em.createQuery("SELECT r.id FROM OwnershipRecord r WHERE r.characterId = :c AND r.ownerHash = :h "
                + "AND r.user.id = :u").setParameter("c", character.getId()).setParameter("h", ownerHash)
                .setParameter("u", user.getId()).getResultList().isEmpty();
        if (!known) {
            em.persist(new OwnershipRecord(character.getId(), ownerHash, user));
        }
    }

    /** Keeps one token per scope set: a new grant replaces tokens whose scopes it covers. */
    private void storeToken(User user, EveCharacter character, TokenGrant grant) {
        for (SsoToken old : tokens(character.getId())) {
            if (grant.claims().covers(old.scopeList()) || !old.isValid()) {
                em.remove(old);
            }
        }
        em.persist(new SsoToken(character, user, grant.claims().ownerHash(), grant.claims().scopes(),
                vault.cipher().encrypt(grant.refreshToken())));
    }

    private List<SsoToken> tokens(long characterId) {
        return em.createQuery("SELECT t FROM SsoToken t WHERE t.character.id = :c", SsoToken.class)
                .setParameter("c", characterId).getResultList();
    }

    static String label(EveCharacter c) {
        return c.getName() + " (" + c.getId() + ")";
    }
}
