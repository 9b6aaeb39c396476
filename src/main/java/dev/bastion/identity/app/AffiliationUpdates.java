package dev.bastion.identity.app;

import dev.bastion.identity.model.Affiliation;

import dev.bastion.esi.model.EsiException;
import dev.bastion.esi.model.EsiPriority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Refreshes one character's affiliation after a login or an added character, off the request thread:
 * the affiliation from ESI, the names of its organisations, then the owner's state re-evaluated. A person
 * is waiting for it, so it runs at interactive priority and never sleeps in the ESI governor: when ESI is
 * paused, the refresh is rescheduled for the end of the pause. Concurrent requests for one character join
 * the refresh already under way.
 */
@ApplicationScoped
public class AffiliationUpdates {

    private static final Logger LOG = Logger.getLogger(AffiliationUpdates.class.getName());
    /** Attempts before the character is left to the periodic bulk refresh. */
    static final int MAX_ATTEMPTS = 5;
    private static final Duration RETRY_DELAY = Duration.ofSeconds(30);
    /** Past the end of ESI's pause, so that the retry does not arrive a moment too soon. */
    private static final Duration AFTER_PAUSE = Duration.ofMillis(200);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Affiliations affiliations;

    private final ConcurrentMap<Long, CompletableFuture<Boolean>> inFlight = new ConcurrentHashMap<>();

    /**
     * Starts a refresh of the character, or joins the one under way. The future completes when the first
     * attempt ends: true when the owner's state changed, false when nothing changed, ESI could not tell or
     * the refresh was deferred to the end of an ESI pause (it then goes on by itself). Never exceptionally.
     */
    public CompletableFuture<Boolean> refresh(long characterId) {
        CompletableFuture<Boolean> first = new CompletableFuture<>();
        CompletableFuture<Boolean> running = inFlight.putIfAbsent(characterId, first);
        if (running != null) {
            return running;
        }
        scheduler.execute(() -> attempt(characterId, first, 1));
        return first;
    }

    private void attempt(long characterId, CompletableFuture<Boolean> first, int attempt) {
        boolean deferred = false;
        try (EsiPriority.Scope ignored = EsiPriority.INTERACTIVE.enter()) {
            Optional<Affiliation> a = affiliations.lookUp(characterId);
            if (a.isEmpty()) {
                LOG.warning(() -> "ESI reports no affiliation for character " + characterId);
                return;
            }
            affiliations.learnNames(Affiliations.organisations(a.get()));
            first.complete(affiliations.apply(a.get()));
        } catch (RuntimeException failure) {
            // The EJB container hands ESI's exception on wrapped in an EJBException.
            EsiException e = EsiException.causeOf(failure).orElse(null);
            if (e == null) {
                LOG.warning(() -> "Affiliation of character " + characterId + " not refreshed: " + failure);
            } else if (e.kind() == EsiException.Kind.REJECTED || attempt >= MAX_ATTEMPTS) {
                LOG.warning(() -> "Affiliation of character " + characterId + " not refreshed (" + e.getMessage()
                        + "); the periodic refresh will try again");
            } else {
                Duration delay = e.retryAt().map(at -> Duration.between(Instant.now(), at).plus(AFTER_PAUSE))
                        .filter(d -> !d.isNegative()).orElse(RETRY_DELAY);
                LOG.info(() -> "Affiliation of character " + characterId + " deferred " + delay.toMillis() + " ms: "
                        + e.getMessage());
                scheduler.schedule(() -> attempt(characterId, first, attempt + 1), delay.toMillis(), TimeUnit.MILLISECONDS);
                deferred = true;
            }
        } finally {
            // A login waits for the first attempt only; a deferred refresh stays "under way" until it ends.
            first.complete(false);
            if (!deferred) {
                inFlight.remove(characterId, first);
            }
        }
    }
}
