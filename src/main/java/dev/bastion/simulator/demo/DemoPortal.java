package dev.bastion.simulator.demo;

import dev.bastion.identity.model.AuthGroup;
import dev.bastion.identity.model.JoinPolicy;
import dev.bastion.identity.model.Permission;
import dev.bastion.identity.model.State;
import dev.bastion.platform.Endpoints;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.logging.Logger;

/**
 * Configures the portal for the demo alliance at the first demo start: the Member and Blue states point
 * at the demo alliances, states carry the permissions an alliance would give them, and a few groups show
 * each join policy. Users themselves appear only by logging in through the simulated SSO.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoUniverse"})
public class DemoPortal {

    private static final Logger LOG = Logger.getLogger(DemoPortal.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Endpoints endpoints;

    @PostConstruct
    void seed() {
        if (!endpoints.simulatorEnabled()
                || !em.createQuery("SELECT g.id FROM AuthGroup g").setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        State member = state("Member");
        State blue = state("Blue");
        State guest = state("Guest");
        member.getMembers().add(new State.Member(State.MemberKind.ALLIANCE, DemoUniverse.ALLIANCE_ID));
        blue.getMembers().add(new State.Member(State.MemberKind.ALLIANCE, DemoUniverse.BLUE_ALLIANCE_ID));
        grant(member.getPermissions(), Permission.MEMBERAUDIT_BASIC_ACCESS, Permission.MEMBERAUDIT_VIEW_SKILL_SETS,
                Permission.KILLTRACKER_BASIC_ACCESS, Permission.CAPTRACK_BASIC_ACCESS);
        grant(blue.getPermissions(), Permission.MEMBERAUDIT_BASIC_ACCESS, Permission.KILLTRACKER_BASIC_ACCESS);
        grant(guest.getPermissions(), Permission.MEMBERAUDIT_BASIC_ACCESS, Permission.MEMBERAUDIT_SHARE_CHARACTERS);

        AuthGroup capitals = new AuthGroup("Capital Pilots", "Dreadnought, carrier and FAX pilots of the alliance",
                JoinPolicy.OPEN);
        capitals.getStates().add(member);
        AuthGroup recruitment = new AuthGroup("Recruitment", "Recruiters: vet applicants' shared characters",
                JoinPolicy.REQUEST);
        recruitment.getStates().add(member);
        grant(recruitment.getPermissions(), Permission.MEMBERAUDIT_FINDER_ACCESS, Permission.MEMBERAUDIT_VIEW_SHARED_CHARACTERS);
        AuthGroup leadership = new AuthGroup("Leadership", "Alliance leadership: groups, reports, audit log",
                JoinPolicy.INTERNAL);
        grant(leadership.getPermissions(), Permission.PORTAL_MANAGE_GROUPS, Permission.PORTAL_VIEW_AUDIT_LOG,
                Permission.MEMBERAUDIT_REPORTS_ACCESS, Permission.MEMBERAUDIT_VIEW_SAME_ALLIANCE);
        AuthGroup scouts = new AuthGroup("Scouts", "Covert scouts; assigned by leadership", JoinPolicy.HIDDEN);
        scouts.getStates().add(member);
        AuthGroup traders = new AuthGroup("Market Traders", "Anyone may join: market and hauling chat", JoinPolicy.OPEN);
        for (AuthGroup g : List.of(capitals, recruitment, leadership, scouts, traders)) {
            em.persist(g);
        }
        LOG.info("Demo portal configured: states point at the demo alliances, 5 groups created");
    }

    private State state(String name) {
        return em.createQuery("SELECT s FROM State s WHERE s.name = :n", State.class).setParameter("n", name).getSingleResult();
    }

    private static void grant(java.util.Set<String> target, Permission... permissions) {
        for (Permission p : permissions) {
            target.add(p.code());
        }
    }
}
