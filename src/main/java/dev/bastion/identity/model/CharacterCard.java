package dev.bastion.identity.model;

import dev.bastion.eve.model.NamedId;

/**
 * A character as lists and cards show it: its ID and name, its corporation and alliance by ID and name.
 * The corporation is null until ESI first answered the character's affiliation, the alliance when it has
 * none; a name is null while ESI has not named the organisation yet.
 */
public record CharacterCard(long id, String name, NamedId corporation, NamedId alliance) {
}
