package dev.bastion.it;

import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.AuthGroup;
import dev.bastion.identity.app.GroupService;
import dev.bastion.platform.Refusal;
import dev.bastion.identity.app.IdentityService;
import dev.bastion.identity.model.JoinPolicy;
import dev.bastion.identity.model.GroupOutcome;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GroupService inside the container: joins, requests and decisions commit with their audit entries and
 * notifications, and a refused decision leaves the request, the members and the log as they were.
 */
@ExtendWith(ArquillianExtension.class)
class GroupServiceArqIT {

    static final long ARIA = 2_112_000_001L; // superuser (bastion.superusers)
    static final long CASS = 2_112_000_006L; // Member
    static final long HANA = 2_112_000_013L; // Member
    static final long EIRA = 2_112_000_009L; // Blue

    @Deployment
    static WebArchive deployment() {
        return ArqDeployment.of(GroupServiceArqIT.class);
    }

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
    User cass;
    User hana;
    User eira;
    Actor admin;

    @BeforeEach
    void people() throws Exception {
        aria = InContainer.signIn(identity, sso, endpoints, ARIA);
        cass = InContainer.signIn(identity, sso, endpoints, CASS);
        hana = InContainer.signIn(identity, sso, endpoints, HANA);
        eira = InContainer.signIn(identity, sso, endpoints, EIRA);
        admin = Actor.of(aria);
    }

    private long stateId(String name) throws Exception {
        return InContainer.one(db, "SELECT id FROM user_state WHERE name = ?", rs -> rs.getLong(1), name);
    }

    private AuthGroup group(JoinPolicy policy, List<Long> states, List<Long> leaders) {
        return groups.save(admin, null, "Arq group " + System.nanoTime(), "", policy, states, leaders);
    }

    private long members(long groupId, long userId) throws Exception {
        return InContainer.count(db, "SELECT count(*) FROM group_member WHERE group_id = ? AND user_id = ?", groupId, userId);
    }

    @Test
    void joiningAnOpenGroupCommitsTheMembershipWithItsAuditEntry() throws Exception {
        AuthGroup g = group(JoinPolicy.OPEN, List.of(), List.of());

        assertEquals(new GroupOutcome(GroupOutcome.Kind.JOINED, g.getName(), cass.displayName()), groups.join(cass.getId(), g.getId()));

        assertEquals(1, members(g.getId(), cass.getId()));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM audit_entry WHERE action = 'group.member.added' "
                + "AND target = ? AND actor_id = ?", "group " + g.getName(), cass.getId()));
        assertEquals(1, InContainer.audited(db, "group.created", g.getName()));
    }

    @Test
    void aRequestApprovedByTheLeaderMakesAMemberAndTellsTheApplicant() throws Exception {
        AuthGroup g = group(JoinPolicy.REQUEST, List.of(), List.of(hana.getId()));
        groups.join(cass.getId(), g.getId());
        long request = InContainer.one(db, "SELECT id FROM group_request WHERE group_id = ? AND user_id = ? AND status = 'PENDING'",
                rs -> rs.getLong(1), g.getId(), cass.getId());
        assertEquals(0, members(g.getId(), cass.getId()), "a request is not a membership");

        groups.decide(hana.getId(), false, request, true);

        assertEquals(1, members(g.getId(), cass.getId()));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM group_request WHERE id = ? AND status = 'APPROVED' "
                + "AND decided_by = ? AND decided_at IS NOT NULL", request, hana.getId()));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM audit_entry WHERE action = 'group.request.approved' "
                + "AND target = ? AND actor_id = ?", "group " + g.getName(), hana.getId()));
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM user_notification WHERE user_id = ? AND message = ?",
                cass.getId(), "Your request to join " + g.getName() + " was approved."));
    }

    @Test
    void anApprovalPastTheGroupsStateRuleChangesNothing() throws Exception {
        AuthGroup g = group(JoinPolicy.REQUEST, List.of(), List.of(hana.getId()));
        groups.join(eira.getId(), g.getId());
        long request = InContainer.one(db, "SELECT id FROM group_request WHERE group_id = ? AND user_id = ?",
                rs -> rs.getLong(1), g.getId(), eira.getId());
        // The group is narrowed to Members while Eira (Blue) waits.
        groups.save(admin, g.getId(), g.getName(), "", JoinPolicy.REQUEST, List.of(stateId("Member")), List.of(hana.getId()));
        long notificationsBefore = InContainer.count(db, "SELECT count(*) FROM user_notification WHERE user_id = ?", eira.getId());

        Refusal e = assertThrows(Refusal.class, () -> groups.decide(hana.getId(), false, request, true));

        assertTrue(e.getMessage().contains("does not allow"), e.getMessage());
        assertEquals("PENDING", InContainer.one(db, "SELECT status FROM group_request WHERE id = ?", rs -> rs.getString(1), request));
        assertEquals(0, members(g.getId(), eira.getId()));
        assertEquals(0, InContainer.audited(db, "group.request.approved", g.getName()));
        assertEquals(notificationsBefore, InContainer.count(db, "SELECT count(*) FROM user_notification WHERE user_id = ?",
                eira.getId()));
    }

    @Test
    void aLeaderCannotDecideARequestOfAGroupTheyDoNotLead() throws Exception {
        AuthGroup led = group(JoinPolicy.REQUEST, List.of(), List.of(hana.getId()));
        AuthGroup other = group(JoinPolicy.REQUEST, List.of(), List.of(aria.getId()));
        groups.join(cass.getId(), other.getId());
        long request = InContainer.one(db, "SELECT id FROM group_request WHERE group_id = ? AND user_id = ?",
                rs -> rs.getLong(1), other.getId(), cass.getId());

        assertTrue(groups.leadsAnyGroup(hana), led.getName() + " is Hana's");
        assertThrows(Refusal.class, () -> groups.decide(hana.getId(), false, request, true));

        assertEquals("PENDING", InContainer.one(db, "SELECT status FROM group_request WHERE id = ?", rs -> rs.getString(1), request));
        assertEquals(0, members(other.getId(), cass.getId()));
    }

    @Test
    void narrowingAGroupsStatesRemovesMembersOfOtherStatesAndAuditsEachRemoval() throws Exception {
        AuthGroup g = group(JoinPolicy.OPEN, List.of(), List.of());
        groups.join(cass.getId(), g.getId());
        groups.join(eira.getId(), g.getId());

        groups.save(admin, g.getId(), g.getName(), "", JoinPolicy.OPEN, List.of(stateId("Member")), List.of());

        assertEquals(1, members(g.getId(), cass.getId()), "a Member stays");
        assertEquals(0, members(g.getId(), eira.getId()), "a Blue leaves");
        assertEquals(1, InContainer.count(db, "SELECT count(*) FROM audit_entry WHERE action = 'group.member.removed' "
                + "AND target = ? AND before_text = ? AND after_text LIKE '%no longer allowed%'", "group " + g.getName(),
                eira.displayName()));
    }

    @Test
    void leavingAnOpenGroupIsAuditedAndAnInternalOneCannotBeLeft() throws Exception {
        AuthGroup open = group(JoinPolicy.OPEN, List.of(), List.of());
        AuthGroup internal = group(JoinPolicy.INTERNAL, List.of(), List.of());
        groups.join(cass.getId(), open.getId());
        groups.addMember(admin, internal.getId(), cass.getId());

        groups.leave(cass.getId(), open.getId());
        assertThrows(Refusal.class, () -> groups.leave(cass.getId(), internal.getId()));

        assertEquals(0, members(open.getId(), cass.getId()));
        assertEquals(1, InContainer.audited(db, "group.member.removed", open.getName()));
        assertEquals(1, members(internal.getId(), cass.getId()), "the internal group keeps its member");
    }
}
