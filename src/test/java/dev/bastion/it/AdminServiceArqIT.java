package dev.bastion.it;

import dev.bastion.identity.model.Actor;
import dev.bastion.identity.app.AdminService;
import dev.bastion.identity.model.AuthGroup;
import dev.bastion.identity.app.GroupService;
import dev.bastion.platform.Refusal;
import dev.bastion.identity.app.IdentityService;
import dev.bastion.identity.model.JoinPolicy;
import dev.bastion.identity.model.Permission;
import dev.bastion.identity.model.State;
import dev.bastion.identity.model.User;
import dev.bastion.identity.infra.SsoClient;
import dev.bastion.platform.Endpoints;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * AdminService inside the container: grants, (de)activation and states commit with their audit entries
 * and the state re-evaluation they cause, in one transaction; a refused change leaves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class AdminServiceArqIT {

    static final long ARIA = 2_112_000_001L; // superuser (bastion.superusers)
    static final long IVO = 2_112_000_014L;  // Member
    static final long FINN = 2_112_000_010L; // Lone Drifter Corp, no alliance: Guest

    static final long LONE_DRIFTER_CORP = 98_000_005L;

    @Deployment
    static WebArchive deployment() {
        return ArqDeployment.of(AdminServiceArqIT.class);
    }

    @Inject
    AdminService admin;

    @Inject
    GroupService groups;

    @Inject
    IdentityService identity;

    @Inject
    SsoClient sso;

    @Inject
    Endpoints endpoints;

    @Resource(lookup = "jdbc/bastion")
    DataSource db;

    User aria;
    User ivo;
    Actor superuser;

    @BeforeEach
    void people() throws Exception {
        aria = InContainer.signIn(identity, sso, endpoints, ARIA);
        ivo = InContainer.signIn(identity, sso, endpoints, IVO);
        superuser = Actor.of(aria);
    }

    @Test
    void grantingAndRevokingAPermissionIsAuditedWithBeforeAndAfter() throws Exception {
        AuthGroup g = groups.save(superuser, null, "Arq grants " + System.nanoTime(), "", JoinPolicy.INTERNAL, List.of(), List.of());
        String code = Permission.KILLTRACKER_BASIC_ACCESS.code();

        admin.grant(superuser, Permission.KILLTRACKER_BASIC_ACCESS, AdminService.Grantee.GROUP, g.getId(), true);
        admin.grant(superuser, Permission.KILLTRACKER_BASIC_ACCESS, AdminService.Grantee.GROUP, g.getId(), true);

        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM group_permission WHERE group_id = ? AND permission = ?",
                g.getId(), code));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM audit_entry WHERE action = 'permission.granted' "
                + "AND target = ? AND after_text = ?", "group " + g.getName(), code), "granting twice is one change");

        admin.grant(superuser, Permission.KILLTRACKER_BASIC_ACCESS, AdminService.Grantee.GROUP, g.getId(), false);

        assertEquals(0, InContainer.count(db, "SELECT count(*) FROM group_permission WHERE group_id = ?", g.getId()));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM audit_entry WHERE action = 'permission.revoked' "
                + "AND target = ? AND before_text = ?", "group " + g.getName(), code));
    }

    @Test
    void nobodyDeactivatesThemselves() throws Exception {
        Refusal e = assertThrows(Refusal.class, () -> admin.setActive(Actor.of(ivo), ivo.getId(), false));

        assertEquals("You cannot deactivate yourself.", e.getMessage());
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM app_user WHERE id = ? AND active", ivo.getId()));
        assertEquals(0, InContainer.count(db, "SELECT count(*) FROM audit_entry WHERE action = 'user.deactivated' "
                + "AND actor_id = ?", ivo.getId()));
    }

    @Test
    void deactivationDropsTheUserToGuestInTheSameTransactionAndReactivationRestoresTheState() throws Exception {
        assertEquals("Member", InContainer.stateOf(db, ivo.getId()));

        admin.setActive(superuser, ivo.getId(), false);

        assertEquals(0, InContainer.count(db, "SELECT count(*) FROM app_user WHERE id = ? AND active", ivo.getId()));
        assertEquals("Guest", InContainer.stateOf(db, ivo.getId()));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM audit_entry WHERE action = 'user.deactivated' "
                + "AND target = ? AND actor_id = ?", "user " + ivo.displayName(), aria.getId()));

        admin.setActive(superuser, ivo.getId(), true);

        assertEquals("Member", InContainer.stateOf(db, ivo.getId()));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM audit_entry WHERE action = 'user.state' AND target = ? "
                + "AND before_text = 'Guest' AND after_text = 'Member' AND actor_id = ?", "user " + ivo.displayName(), aria.getId()));
    }

    @Test
    void aStateWithATakenPriorityIsRefusedAndNothingIsSaved() throws Exception {
        String name = "Arq taken priority " + System.nanoTime();
        long before = InContainer.count(db, "SELECT count(*) FROM audit_entry");

        Refusal e = assertThrows(Refusal.class, () -> admin.saveState(superuser, null, name, 100, false, "",
                List.of(new State.Member(State.MemberKind.CORPORATION, LONE_DRIFTER_CORP))));

        assertEquals("Priority 100 is taken by Member; priorities must be unique.", e.getMessage());
        assertEquals(0, InContainer.count(db, "SELECT count(*) FROM user_state WHERE name = ?", name));
        assertEquals(before, InContainer.count(db, "SELECT count(*) FROM audit_entry"));
    }

    @Test
    void aNewStateTakesItsMembersAtOnceAndDeletingItSendsThemBack() throws Exception {
        User finn = InContainer.signIn(identity, sso, endpoints, FINN);
        assertEquals("Guest", InContainer.stateOf(db, finn.getId()));
        String name = "Arq drifters " + System.nanoTime();

        State s = admin.saveState(superuser, null, name, 77, false, "",
                List.of(new State.Member(State.MemberKind.CORPORATION, LONE_DRIFTER_CORP)));

        assertEquals(name, InContainer.stateOf(db, finn.getId()));
        assertEquals(1, InContainer.audited(db, "state.created", name));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM audit_entry WHERE action = 'user.state' AND target = ? "
                + "AND after_text = ?", "user " + finn.displayName(), name));

        admin.deleteState(superuser, s.getId());

        assertEquals("Guest", InContainer.stateOf(db, finn.getId()));
        assertEquals(0, InContainer.count(db, "SELECT count(*) FROM user_state WHERE id = ?", s.getId()));
        assertEquals(1, InContainer.audited(db, "state.deleted", name));
    }
}
