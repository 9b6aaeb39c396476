package dev.bastion.identity.model;

import dev.bastion.eve.model.NamedId;

import java.time.OffsetDateTime;

/**
 * A user in an admin list: {@code name} is what everyone knows them by (their main's name, or the username
 * while they have no main), {@code main} their main character with its corporation and alliance (null
 * without a main), their state, flags, and the last login (null before the first).
 */
public record UserRow(long id, String name, String username, CharacterCard main, NamedId state, boolean active,
                      boolean superuser, OffsetDateTime lastLoginAt) {
}
