package dev.bastion.identity.model;

import dev.bastion.eve.model.NamedId;

import java.util.List;

/**
 * The logged-in user's home dashboard: their main (null without one) and alts (by name) with corporations
 * and alliances, their state, the groups they are in (by name), the unread notification count and the
 * latest notifications (newest first), what to do next ({@link NextStep}) and the facts behind it.
 */
public record HomeView(long userId, String name, CharacterCard main, List<CharacterCard> alts, NamedId state,
                       List<NamedId> groups, long unreadNotifications, List<NotificationRow> latestNotifications,
                       List<NextStep> nextSteps, HomeFacts facts) {
}
