package dev.bastion.identity.app;

import dev.bastion.identity.model.Affiliation;
import dev.bastion.identity.model.CharacterOutcome;
import dev.bastion.identity.model.EveCharacter;
import dev.bastion.platform.Refusal;
import dev.bastion.identity.model.User;

import dev.bastion.identity.model.TokenGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A login or an added character from the request's point of view: the identity change in its own
 * transaction (retried once if a concurrent sign-in won a unique key, e.g. the same generated username),
 * then the affiliation refreshed in the background. The request waits for that refresh only when the
 * user's state depends on an affiliation never read (a new main), and then at most
 * {@code bastion.identity.sign-in-affiliation-wait-millis}: the state follows when the affiliation arrives.
 */
@ApplicationScoped
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @Inject
    IdentityService identity;

    @Inject
    AffiliationUpdates affiliations;

    @Inject
    @ConfigProperty(name = "bastion.identity.sign-in-affiliation-wait-millis", defaultValue = "1000")
    long waitMillis;

    /** Logs a character in (see {@link IdentityService#signIn}). */
    public User logIn(TokenGrant grant) {
        User user = retryingOnce(() -> identity.signIn(grant));
        afterwards(grant.claims().characterId(), user);
        return user;
    }

    /** Adds a character to a user (see {@link IdentityService#addCharacter}); answers what happened. */
    public CharacterOutcome addCharacter(long userId, TokenGrant grant) {
        CharacterOutcome outcome = retryingOnce(() -> identity.addCharacter(userId, grant));
        afterwards(grant.claims().characterId(), identity.user(userId));
        return outcome;
    }

    private void afterwards(long characterId, User user) {
        CompletableFuture<Boolean> refresh = affiliations.refresh(characterId);
        EveCharacter main = user.getMain();
        if (main == null || main.getId() != characterId || main.getAffiliationCheckedAt() != null) {
            return;
        }
        try {
            refresh.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.info(() -> "Affiliation of new main " + characterId + " not there after " + waitMillis
                    + " ms; the state follows when it arrives");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // AffiliationUpdates never completes exceptionally; nothing to add to what it logged.
        }
    }

    /** The unique key a concurrent sign-in took is there now: a second transaction sees it and goes on. */
    private static <T> T retryingOnce(Supplier<T> work) {
        try {
            return work.get();
        } catch (Refusal e) {
            throw e;
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            LOG.info(() -> "A concurrent sign-in took a unique key first; trying again: " + e);
            return work.get();
        }
    }

    /** True when PostgreSQL refused a duplicate key (SQLSTATE 23505) somewhere in the cause chain. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
