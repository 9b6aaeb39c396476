package dev.bastion.identity.model;

/**
 * How a list of users is ordered: by {@code name} (case-insensitive), by state (its priority: ascending
 * puts the lowest, the guest state, first) or by last login (users who never logged in last either way).
 * Ties go by name, then ID.
 */
public enum UserSort { NAME, STATE, LAST_LOGIN }
