package dev.bastion.identity.web;

import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.Pages;

import dev.bastion.identity.app.Affiliations;
import dev.bastion.identity.model.AuthGroup;
import dev.bastion.identity.model.CharacterOwnership;
import dev.bastion.identity.app.GroupService;
import dev.bastion.identity.app.IdentityService;
import dev.bastion.identity.app.Notifications;
import dev.bastion.identity.app.PermissionService;
import dev.bastion.identity.model.SsoToken;
import dev.bastion.identity.model.UserNotification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * My account: my characters with their token status, my main, my groups and the groups I may join,
 * my notifications. Every action names its character, token or group by id in the request; the
 * services refuse ids that are not the current user's.
 */
@Named("account")
@RequestScoped
public class AccountBean {

    @Inject
    CurrentUser me;

    @Inject
    IdentityService identity;

    @Inject
    GroupService groups;

    @Inject
    PermissionService permissions;

    @Inject
    Notifications notifications;

    @Inject
    Affiliations affiliations;

    public List<CharacterOwnership> getCharacters() {
        return identity.characters(me.id());
    }

    private java.util.Map<Long, List<SsoToken>> tokens;

    /** The user's tokens of one character; all tokens are read once per request, not once per row. */
    public List<SsoToken> tokensOf(long characterId) {
        if (tokens == null) {
            tokens = identity.tokensOf(me.id()).stream()
                    .collect(java.util.stream.Collectors.groupingBy(t -> t.getCharacter().getId()));
        }
        return tokens.getOrDefault(characterId, List.of());
    }

    /** "valid", "invalid" or "none", for the status column. */
    public String tokenStatus(long characterId) {
        List<SsoToken> tokens = tokensOf(characterId);
        if (tokens.isEmpty()) {
            return "none";
        }
        return tokens.stream().anyMatch(SsoToken::isValid) ? "valid" : "invalid";
    }

    public String organisation(Long id) {
        return affiliations.nameOf(id);
    }

    public List<AuthGroup> getMyGroups() {
        return permissions.groupsOf(me.id());
    }

    public List<AuthGroup> getJoinableGroups() {
        return groups.joinable(me.get());
    }

    public boolean requested(long groupId) {
        return groups.hasPendingRequest(me.id(), groupId);
    }

    public List<UserNotification> getNotifications() {
        return notifications.recent(me.id());
    }

    public long getUnread() {
        return notifications.unread(me.id());
    }

    public String makeMain() {
        return Pages.run(() -> CharacterMessages.of(identity.setMain(me.id(), Pages.idParam("character"))));
    }

    public String removeCharacter() {
        return Pages.run(() -> CharacterMessages.of(identity.removeCharacter(me.id(), Pages.idParam("character"))));
    }

    public String revokeToken() {
        return Pages.run(() -> CharacterMessages.of(identity.revokeToken(me.id(), Pages.idParam("token"))));
    }

    public String join() {
        return Pages.run(() -> GroupMessages.of(groups.join(me.id(), Pages.idParam("group"))));
    }

    public String leave() {
        return Pages.run(() -> GroupMessages.of(groups.leave(me.id(), Pages.idParam("group"))));
    }

    public String withdraw() {
        return Pages.run(() -> GroupMessages.of(groups.withdraw(me.id(), Pages.idParam("group"))));
    }

    public String markRead() {
        return Pages.run(() -> {
            notifications.markAllRead(me.id());
            return "Notifications marked as read.";
        });
    }
}
