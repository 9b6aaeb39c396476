package dev.bastion.identity.app;

import dev.bastion.identity.infra.IdentityReads;
import dev.bastion.identity.model.CharacterCard;
import dev.bastion.identity.model.HomeFacts;
import dev.bastion.identity.model.HomeView;
import dev.bastion.identity.model.NextStep;
import dev.bastion.identity.model.Permission;
import dev.bastion.identity.model.User;
import dev.bastion.identity.model.UserRow;
import dev.bastion.platform.Refusal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;

/**
 * The home dashboard of a logged-in user: who they are (main and alts with corporations and alliances),
 * their state and groups, their notifications, and what to do next ({@link NextStep}); one read, for the
 * page after login. Modules add cards of their own beside it.
 */
@Stateless
public class HomeDashboard {

    /** How many of the newest notifications the dashboard shows. */
    public static final int LATEST_NOTIFICATIONS = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentityReads reads;

    @Inject
    GroupService groups;

    @Inject
    Notifications notifications;

    @Inject
    PermissionService permissions;

    public HomeView view(long userId) {
        User user = em.find(User.class, userId);
        if (user == null) {
            throw new Refusal("No such user.");
        }
        UserRow row = reads.user(userId);
        CharacterCard main = row.main();
        List<CharacterCard> characters = reads.characters(userId);
        List<CharacterCard> alts = characters.stream().filter(c -> main == null || c.id() != main.id()).toList();
        Set<Long> requested = reads.groupsRequested(userId);
        int groupsToJoin = (int) groups.joinable(user).stream().filter(g -> !requested.contains(g.getId())).count();
        boolean managesGroups = permissions.effective(user).has(Permission.PORTAL_MANAGE_GROUPS);
        int toDecide = managesGroups || groups.leadsAnyGroup(user)
                ? (int) groups.pendingRequests(userId, managesGroups, 0, 1).total() : 0;
        HomeFacts facts = new HomeFacts(main != null, characters.size(), groupsToJoin, requested.size(), toDecide,
                reads.charactersWithoutToken(userId));
        return new HomeView(userId, row.name(), main, alts, row.state(), reads.groupsOf(userId),
                notifications.unread(userId), notifications.latest(userId, LATEST_NOTIFICATIONS), NextStep.of(facts), facts);
    }
}
