package dev.bastion.eve.model;

/** Something EVE names, with its ID: a region, a type, an alliance ... as a search or a lookup answers it. */
public record NamedId(long id, String name) {
}
