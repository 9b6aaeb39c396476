package dev.bastion.it;

import dev.bastion.identity.app.AffiliationUpdates;
import dev.bastion.identity.app.IdentityService;
import dev.bastion.identity.infra.SsoClient;
import dev.bastion.identity.model.User;
import dev.bastion.platform.Endpoints;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first login's notification welcomes the new member (site, main, state, what next) instead of
 * announcing "Guest to Member"; a later real change of state is announced, and nobody is welcomed twice.
 */
@ExtendWith(ArquillianExtension.class)
class WelcomeArqIT {

    static final long GALE = 2_112_950_020L;
    static final long HOB = 2_112_950_021L;
    static final long HOLDFAST = 98_000_002L;
    static final long LONE_DRIFTERS = 98_000_005L;

    @Deployment
    static WebArchive deployment() {
        return ArqDeployment.of(WelcomeArqIT.class);
    }

    @Inject
    IdentityService identity;

    @Inject
    AffiliationUpdates affiliations;

    @Inject
    SsoClient sso;

    @Inject
    Endpoints endpoints;

    @Resource(lookup = "jdbc/bastion")
    DataSource db;

    private List<String> messages(long userId) throws Exception {
        try (Connection c = db.getConnection()) {
            return dev.bastion.platform.Sql.query(c, "SELECT message FROM user_notification WHERE user_id = ? ORDER BY id",
                    rs -> rs.getString(1), userId);
        }
    }

    @Test
    void aNewMemberIsWelcomedOnceAndALaterChangeOfStateIsAnnounced() throws Exception {
        InContainer.pilot(db, GALE, "Gale Tarn", "tarn-gale", HOLDFAST);
        User gale = InContainer.signIn(identity, sso, endpoints, GALE);
        assertEquals("Member", InContainer.stateOf(db, gale.getId()));

        assertEquals(List.of("Welcome to Bastion, Gale Tarn! Your state is Member. Next: add your alts under My account "
                + "(Add a character) and join the groups open to you."), messages(gale.getId()),
                "a welcome, not \"Your state changed from Guest to Member\"");
        assertNotNull(InContainer.one(db, "SELECT welcomed_at FROM app_user WHERE id = ?", rs -> rs.getObject(1), gale.getId()));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM audit_entry WHERE action = 'user.state' AND target = ? "
                + "AND before_text = 'Guest' AND after_text = 'Member'", "user Gale Tarn"), "the change itself is still audited");

        // Logging in again welcomes nobody.
        InContainer.signIn(identity, sso, endpoints, GALE);
        assertEquals(1, messages(gale.getId()).size());

        // In game, Gale's corporation changes to one outside the alliance: a real change, announced.
        assertEquals(204, InContainer.postJson(endpoints.simulatorBase() + "/sim/esi/characters/" + GALE + "/corporation",
                "{\"corporation_id\":" + LONE_DRIFTERS + "}").statusCode());
        affiliations.refresh(GALE).get(60, TimeUnit.SECONDS);

        assertEquals("Guest", InContainer.stateOf(db, gale.getId()));
        List<String> after = messages(gale.getId());
        assertEquals(2, after.size(), after.toString());
        assertEquals("Your state changed from Member to Guest.", after.get(1));
    }

    @Test
    void aNewGuestIsWelcomedWithWhatGetsThemIn() throws Exception {
        InContainer.pilot(db, HOB, "Hob Tarn", "tarn-hob", LONE_DRIFTERS);
        User hob = InContainer.signIn(identity, sso, endpoints, HOB);

        List<String> messages = messages(hob.getId());
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("Welcome to Bastion, Hob Tarn! Your main is not in a corporation or alliance "
                + "this site serves, so your state is Guest."), messages.get(0));
    }
}
