package dev.bastion.identity.app;

import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.CharacterOwnership;
import dev.bastion.identity.model.EveCharacter;
import dev.bastion.platform.Progress;
import dev.bastion.platform.Refusal;

import dev.bastion.esi.model.EsiException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The periodic identity work, on persistent timers (so that in a cluster each run happens on one server):
 * refreshing affiliations in bulk and re-evaluating states, and checking every SSO grant (which finds
 * revoked grants and characters that changed hands). Administrators can start either at once. At start-up it
 * re-derives who is a superuser.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class IdentityJobs {

    private static final Logger LOG = Logger.getLogger(IdentityJobs.class.getName());
    private static final String AFFILIATIONS = "identity.affiliation-refresh";
    private static final String TOKENS = "identity.token-check";

    /** What one affiliation refresh did. */
    public record AffiliationRun(int characters, int affiliationsChanged, int statesChanged) {
    }

    @Resource
    TimerService timers;

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    Affiliations affiliations;

    @Inject
    StateService states;

    @Inject
    TokenService tokens;

    @Inject
    @ConfigProperty(name = "bastion.identity.affiliation-refresh-minutes", defaultValue = "120")
    long affiliationMinutes;

    @Inject
    @ConfigProperty(name = "bastion.identity.token-check-minutes", defaultValue = "360")
    long tokenCheckMinutes;

    @Inject
    SuperuserStatus superusers;

    @PostConstruct
    void schedule() {
        // bastion.superusers may have changed while the server was down: promote and demote before the first request.
        int changed = superusers.syncAll("start-up");
        LOG.info(() -> "Superusers re-derived from bastion.superusers: " + changed + " changed");
        keep(AFFILIATIONS, affiliationMinutes);
        keep(TOKENS, tokenCheckMinutes);
    }

    /**
     * One persistent interval timer per job. The timer's info names the job and its interval, so that a
     * changed interval in the configuration replaces the timer and an unchanged one is kept across restarts.
     */
    private void keep(String job, long minutes) {
        String info = job + ":" + minutes;
        for (Timer t : timers.getTimers()) {
            String existing = String.valueOf(t.getInfo());
            if (existing.equals(info)) {
                return;
            }
            if (existing.startsWith(job + ":")) {
                t.cancel();
            }
        }
        long interval = minutes * 60_000L;
        // First run one interval after start: a (re)start must not hit ESI and SSO in a burst.
        timers.createIntervalTimer(interval, interval, new TimerConfig(info, true));
        LOG.info(() -> "Scheduled " + job + " every " + minutes + " min");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run(Timer timer) {
        try {
            String job = String.valueOf(timer.getInfo());
            if (job.startsWith(AFFILIATIONS + ":")) {
                // Through the container, so that the refresh gets its transaction.
                AffiliationRun r = context.getBusinessObject(IdentityJobs.class).refreshAffiliations();
                LOG.info(() -> "Affiliations refreshed: " + r);
            } else if (job.startsWith(TOKENS + ":")) {
                Map<TokenService.Outcome, Integer> r = checkTokens();
                LOG.info(() -> "SSO tokens checked: " + r);
            }
        } catch (RuntimeException e) {
            // A failed run waits for the next interval; the timer itself must survive.
            LOG.warning(() -> timer.getInfo() + " failed: " + e);
        }
    }

    /** Affiliations of every owned character from ESI, then every user's state. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AffiliationRun refreshAffiliations() {
        List<EveCharacter> owned = em.createQuery("SELECT o.character FROM CharacterOwnership o", EveCharacter.class)
                .getResultList();
        int changed;
        try {
            changed = owned.isEmpty() ? 0 : affiliations.refresh(owned).size();
        } catch (RuntimeException failure) {
            // Affiliations is an EJB: the container hands ESI's exception on wrapped.
            EsiException e = EsiException.causeOf(failure).orElseThrow(() -> failure);
            throw new Refusal("ESI could not be asked for affiliations: " + e.getMessage()
                    + ". States were not re-evaluated; the next run will try again.");
        }
        int stateChanges = states.evaluateAll(Actor.SYSTEM);
        return new AffiliationRun(owned.size(), changed, stateChanges);
    }

    /** Refreshes every valid grant, each in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<TokenService.Outcome, Integer> checkTokens() {
        return checkTokens(Progress.NONE);
    }

    /** The same, telling {@code progress} how many grants there are and how many are done. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<TokenService.Outcome, Integer> checkTokens(Progress progress) {
        Map<TokenService.Outcome, Integer> outcomes = new EnumMap<>(TokenService.Outcome.class);
        List<Long> ids = tokens.validTokenIds();
        progress.total(ids.size());
        int done = 0;
        for (Long id : ids) {
            outcomes.merge(tokens.refresh(id), 1, Integer::sum);
            progress.done(++done);
        }
        return outcomes;
    }
}
