package dev.bastion.it;

import dev.bastion.eve.model.NamedId;
import dev.bastion.identity.app.AdminService;
import dev.bastion.identity.app.AuditLog;
import dev.bastion.identity.app.GroupService;
import dev.bastion.identity.app.HomeDashboard;
import dev.bastion.identity.app.IdentityService;
import dev.bastion.identity.infra.SsoClient;
import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.AuditAction;
import dev.bastion.identity.model.AuditFilter;
import dev.bastion.identity.model.AuditReference;
import dev.bastion.identity.model.AuditRow;
import dev.bastion.identity.model.AuthGroup;
import dev.bastion.identity.model.CharacterCard;
import dev.bastion.identity.model.HomeView;
import dev.bastion.identity.model.JoinPolicy;
import dev.bastion.identity.model.JoinRequestRow;
import dev.bastion.identity.model.NextStep;
import dev.bastion.identity.model.SsoToken;
import dev.bastion.identity.model.User;
import dev.bastion.identity.model.UserQuery;
import dev.bastion.identity.model.UserRow;
import dev.bastion.identity.model.UserSort;
import dev.bastion.platform.Endpoints;
import dev.bastion.platform.Slice;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read models behind the admin pages and the home dashboard, inside the container: users searched,
 * sorted and paged with their main's corporation and alliance by name; a group's members paged and every
 * group's member count; the audit log paged and filtered with its actions in words; join requests paged;
 * the dashboard of a member. The people are this class's own simulated pilots (surnames Quillon and Tarn),
 * signed in through the simulated SSO.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityReadsArqIT {

    static final long ARIA = 2_112_000_001L; // superuser
    static final long ADA = 2_112_950_001L;
    static final long ADA_ALT = 2_112_950_002L;
    static final long BEX = 2_112_950_003L;
    static final long CYD = 2_112_950_004L;
    static final long EBBA = 2_112_950_010L;
    static final long EBBA_ALT = 2_112_950_011L;
    static final long FINCH = 2_112_950_012L;

    static final NamedId IRON_WARDENS = new NamedId(98_000_001L, "Iron Wardens");
    static final NamedId HOLDFAST = new NamedId(98_000_002L, "Holdfast Industries");
    static final NamedId LONE_DRIFTERS = new NamedId(98_000_005L, "Lone Drifter Corp");
    static final NamedId BLUE_HORIZON = new NamedId(98_000_004L, "Blue Horizon Friends");
    static final NamedId DEMO_ALLIANCE = new NamedId(99_000_001L, "Bastion Demo Alliance");

    @Deployment
    static WebArchive deployment() {
        return ArqDeployment.of(IdentityReadsArqIT.class);
    }

    @Inject
    AdminService admin;

    @Inject
    GroupService groups;

    @Inject
    AuditLog audit;

    @Inject
    HomeDashboard home;

    @Inject
    IdentityService identity;

    @Inject
    SsoClient sso;

    @Inject
    Endpoints endpoints;

    @Resource(lookup = "jdbc/bastion")
    DataSource db;

    User aria;
    User ada;
    User bex;
    User cyd;

    @BeforeEach
    void people() throws Exception {
        InContainer.pilot(db, ADA, "Ada Quillon", "quillon-ada", IRON_WARDENS.id());
        InContainer.pilot(db, ADA_ALT, "Ada Quillon Alt", "quillon-ada", LONE_DRIFTERS.id());
        InContainer.pilot(db, BEX, "Bex Quillon", "quillon-bex", LONE_DRIFTERS.id());
        InContainer.pilot(db, CYD, "Cyd Quillon", "quillon-cyd", BLUE_HORIZON.id());
        aria = InContainer.signIn(identity, sso, endpoints, ARIA);
        ada = InContainer.signIn(identity, sso, endpoints, ADA);
        InContainer.addAlt(identity, sso, endpoints, ada.getId(), ADA_ALT);
        bex = InContainer.signIn(identity, sso, endpoints, BEX);
        cyd = InContainer.signIn(identity, sso, endpoints, CYD);
    }

    private static List<String> names(Slice<UserRow> s) {
        return s.rows().stream().map(UserRow::name).toList();
    }

    @Test
    void usersAreFoundByPartOfAnyOfTheirCharactersNamesIgnoringCase() {
        Slice<UserRow> byAlt = admin.users(UserQuery.search("QUILLON al"), 0, 25);

        assertEquals(List.of("Ada Quillon"), names(byAlt), "found by the alt's name, listed by the main's");
        assertEquals(1, byAlt.total());
        UserRow row = byAlt.rows().get(0);
        assertEquals(ada.getId(), row.id());
        assertEquals("Ada_Quillon", row.username());
        assertEquals(new CharacterCard(ADA, "Ada Quillon", IRON_WARDENS, DEMO_ALLIANCE), row.main());
        assertEquals("Member", row.state().name());
        assertTrue(row.active());
        assertFalse(row.superuser());
        assertNotNull(row.lastLoginAt());

        Slice<UserRow> all = admin.users(UserQuery.search("quillon"), 0, 25);
        assertEquals(List.of("Ada Quillon", "Bex Quillon", "Cyd Quillon"), names(all));
        UserRow bexRow = all.rows().get(1);
        assertEquals(new CharacterCard(BEX, "Bex Quillon", LONE_DRIFTERS, null), bexRow.main(), "no alliance");
        assertEquals("Guest", bexRow.state().name());
        assertEquals(0, admin.users(UserQuery.search("quillon%"), 0, 25).total(), "a typed % is no wildcard");
        assertEquals(List.of("Ada Quillon"), names(admin.users(UserQuery.search("ada_quil"), 0, 25)), "found by username");
    }

    @Test
    void usersAreSortedByNameStateOrLastLoginAndPagedWithTheTotal() throws Exception {
        assertEquals(List.of("Cyd Quillon", "Bex Quillon", "Ada Quillon"),
                names(admin.users(new UserQuery("quillon", null, UserSort.NAME, true), 0, 25)));
        assertEquals(List.of("Bex Quillon", "Cyd Quillon", "Ada Quillon"),
                names(admin.users(new UserQuery("quillon", null, UserSort.STATE, false), 0, 25)), "Guest, Blue, Member");
        assertEquals(List.of("Ada Quillon", "Cyd Quillon", "Bex Quillon"),
                names(admin.users(new UserQuery("quillon", null, UserSort.STATE, true), 0, 25)));

        InContainer.signIn(identity, sso, endpoints, BEX);
        assertEquals(List.of("Bex Quillon", "Cyd Quillon", "Ada Quillon"),
                names(admin.users(new UserQuery("quillon", null, UserSort.LAST_LOGIN, true), 0, 25)), "latest login first");

        Slice<UserRow> second = admin.users(new UserQuery("quillon", null, UserSort.NAME, false), 1, 1);
        assertEquals(List.of("Bex Quillon"), names(second));
        assertEquals(3, second.total());
        Slice<UserRow> past = admin.users(UserQuery.search("quillon"), 10, 25);
        assertEquals(List.of(), past.rows());
        assertEquals(3, past.total());
    }

    @Test
    void aGroupsMembersArePagedAndSearchedAndEveryGroupIsCountedInOneRead() {
        Actor superuser = Actor.of(aria);
        AuthGroup wing = groups.save(superuser, null, "Quillon wing " + System.nanoTime(), "", JoinPolicy.INTERNAL, List.of(), List.of());
        AuthGroup empty = groups.save(superuser, null, "Quillon empty " + System.nanoTime(), "", JoinPolicy.INTERNAL, List.of(), List.of());
        groups.addMember(superuser, wing.getId(), ada.getId());
        groups.addMember(superuser, wing.getId(), bex.getId());

        Slice<UserRow> first = groups.members(wing.getId(), null, 0, 1);
        assertEquals(List.of("Ada Quillon"), names(first));
        assertEquals(2, first.total());
        assertEquals(List.of("Bex Quillon"), names(groups.members(wing.getId(), null, 1, 1)));
        Slice<UserRow> bexOnly = groups.members(wing.getId(), "BEX", 0, 25);
        assertEquals(List.of("Bex Quillon"), names(bexOnly));
        assertEquals(1, bexOnly.total());
        assertEquals(0, groups.members(empty.getId(), null, 0, 25).total());

        assertEquals(2L, groups.memberCounts().get(wing.getId()));
        assertEquals(0L, groups.memberCounts().get(empty.getId()));
    }

    @Test
    void theAuditLogIsPagedNewestFirstFilteredByActionAndActorWithActionsInWords() {
        Actor superuser = Actor.of(aria);
        String wing = "Quillon audit " + System.nanoTime();
        AuthGroup g = groups.save(superuser, null, wing, "", JoinPolicy.INTERNAL, List.of(), List.of());
        groups.addMember(superuser, g.getId(), ada.getId());
        groups.addMember(superuser, g.getId(), bex.getId());

        AuditFilter added = new AuditFilter(AuditAction.GROUP_MEMBER_ADDED, aria.getId(), false, null, wing);
        Slice<AuditRow> newest = audit.entries(added, 0, 1);
        assertEquals(2, newest.total());
        AuditRow row = newest.rows().get(0);
        assertEquals("group.member.added", row.action());
        assertEquals("Member added to a group", row.phrase());
        assertEquals("Bex Quillon", row.after(), "newest first");
        assertEquals(aria.getId(), row.actorId());
        assertEquals("Ada Quillon", audit.entries(added, 1, 1).rows().get(0).after());
        assertEquals(0, audit.entries(new AuditFilter(AuditAction.GROUP_MEMBER_ADDED, ada.getId(), false, null, wing), 0, 25)
                .total(), "Ada added nobody");
        assertEquals(3, audit.entries(new AuditFilter(null, null, false, "ARIA VAL", wing), 0, 25).total(),
                "by part of the actor's name: the group's creation and two additions");

        Slice<AuditRow> created = audit.entries(new AuditFilter(AuditAction.USER_CREATED, null, true, null, "Ada_Quillon"), 0, 25);
        assertEquals(1, created.total(), "Bastion itself created the user");
        assertNull(created.rows().get(0).actorId());

        AuditRow alt = audit.entries(new AuditFilter(AuditAction.CHARACTER_ADDED, ada.getId(), false, null, "Ada Quillon Alt"), 0, 25)
                .rows().get(0);
        assertEquals(List.of(new AuditReference(AuditReference.Kind.CHARACTER, ADA_ALT, AuditReference.Field.TARGET,
                "character Ada Quillon Alt (" + ADA_ALT + ")")), alt.references());
    }

    @Test
    void joinRequestsArePagedOldestFirstForTheirLeadersAndNobodySeesTheirOwn() {
        Actor superuser = Actor.of(aria);
        AuthGroup one = groups.save(superuser, null, "Quillon asks " + System.nanoTime(), "", JoinPolicy.REQUEST, List.of(),
                List.of(cyd.getId()));
        AuthGroup two = groups.save(superuser, null, "Quillon asks too " + System.nanoTime(), "", JoinPolicy.REQUEST, List.of(),
                List.of(cyd.getId(), ada.getId()));
        groups.join(ada.getId(), one.getId());
        groups.join(bex.getId(), one.getId());
        groups.join(cyd.getId(), two.getId());

        Slice<JoinRequestRow> first = groups.pendingRequests(cyd.getId(), false, 0, 1);
        assertEquals(2, first.total(), "Cyd leads both groups but does not decide his own request");
        JoinRequestRow r = first.rows().get(0);
        assertEquals(new NamedId(one.getId(), one.getName()), r.group());
        assertEquals(ada.getId(), r.userId());
        assertEquals("Ada Quillon", r.userName());
        assertEquals(new CharacterCard(ADA, "Ada Quillon", IRON_WARDENS, DEMO_ALLIANCE), r.main());
        assertEquals("Member", r.state().name());
        assertNotNull(r.createdAt());
        assertEquals("Bex Quillon", groups.pendingRequests(cyd.getId(), false, 1, 1).rows().get(0).userName());

        Slice<JoinRequestRow> adas = groups.pendingRequests(ada.getId(), false, 0, 25);
        assertEquals(List.of("Cyd Quillon"), adas.rows().stream().map(JoinRequestRow::userName).toList());
        assertTrue(groups.pendingRequests(aria.getId(), true, 0, 500).rows().stream().map(JoinRequestRow::userName).toList()
                .containsAll(List.of("Ada Quillon", "Bex Quillon", "Cyd Quillon")), "a group manager decides every group's");
        assertEquals(0, groups.pendingRequests(bex.getId(), false, 0, 25).total(), "Bex leads nothing");
    }

    @Test
    void theDashboardShowsMainAltsStateGroupsNotificationsAndWhatToDoNext() throws Exception {
        InContainer.pilot(db, EBBA, "Ebba Tarn", "tarn-ebba", HOLDFAST.id());
        InContainer.pilot(db, EBBA_ALT, "Ebba Tarn Alt", "tarn-ebba", LONE_DRIFTERS.id());
        User ebba = InContainer.signIn(identity, sso, endpoints, EBBA);
        InContainer.addAlt(identity, sso, endpoints, ebba.getId(), EBBA_ALT);
        long traders = InContainer.one(db, "SELECT id FROM auth_group WHERE name = 'Market Traders'", rs -> rs.getLong(1));
        groups.join(ebba.getId(), traders);

        HomeView view = home.view(ebba.getId());
        assertEquals("Ebba Tarn", view.name());
        assertEquals(new CharacterCard(EBBA, "Ebba Tarn", HOLDFAST, DEMO_ALLIANCE), view.main());
        assertEquals(List.of(new CharacterCard(EBBA_ALT, "Ebba Tarn Alt", LONE_DRIFTERS, null)), view.alts());
        assertEquals("Member", view.state().name());
        assertEquals(List.of(new NamedId(traders, "Market Traders")), view.groups());
        assertEquals(1, view.unreadNotifications());
        assertTrue(view.latestNotifications().get(0).message().startsWith("Welcome to Bastion, Ebba Tarn!"),
                view.latestNotifications().toString());
        assertTrue(view.nextSteps().contains(NextStep.OPEN_GROUPS_AVAILABLE), "Capital Pilots and Recruitment are open to Members");
        assertFalse(view.nextSteps().contains(NextStep.NO_ALTS));
        assertFalse(view.nextSteps().contains(NextStep.PENDING_REQUESTS));

        long recruitment = InContainer.one(db, "SELECT id FROM auth_group WHERE name = 'Recruitment'", rs -> rs.getLong(1));
        groups.join(ebba.getId(), recruitment);
        HomeView asked = home.view(ebba.getId());
        assertTrue(asked.nextSteps().contains(NextStep.PENDING_REQUESTS));
        assertEquals(1, asked.facts().pendingRequests());
        assertEquals(view.facts().groupsToJoin() - 1, asked.facts().groupsToJoin(), "a group already asked is not offered");
        assertTrue(home.view(aria.getId()).nextSteps().contains(NextStep.REQUESTS_TO_DECIDE), "the superuser decides requests");
        assertFalse(asked.nextSteps().contains(NextStep.REQUESTS_TO_DECIDE));
    }

    @Test
    void aGuestWithOneCharacterIsToldToAddAltsAndOneWithoutATokenToRenewIt() throws Exception {
        InContainer.pilot(db, FINCH, "Finch Tarn", "tarn-finch", LONE_DRIFTERS.id());
        User finch = InContainer.signIn(identity, sso, endpoints, FINCH);

        HomeView view = home.view(finch.getId());
        assertEquals("Guest", view.state().name());
        assertEquals(List.of(), view.alts());
        assertTrue(view.nextSteps().contains(NextStep.NO_ALTS));
        assertFalse(view.nextSteps().contains(NextStep.TOKENS_TO_RENEW));

        for (SsoToken t : identity.tokensOf(finch.getId())) {
            identity.revokeToken(finch.getId(), t.getId());
        }
        assertTrue(home.view(finch.getId()).nextSteps().contains(NextStep.TOKENS_TO_RENEW));
    }
}
