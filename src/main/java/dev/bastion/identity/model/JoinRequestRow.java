package dev.bastion.identity.model;

import dev.bastion.eve.model.NamedId;

import java.time.OffsetDateTime;

/**
 * A pending request to join a group, as the requests page lists it: the group, who asks (user ID, the name
 * they are known by, their main with corporation and alliance, null without a main; their state) and since when.
 */
public record JoinRequestRow(long id, NamedId group, long userId, String userName, CharacterCard main, NamedId state,
                             OffsetDateTime createdAt) {
}
