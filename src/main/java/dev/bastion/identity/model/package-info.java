/**
 * Model of people and permissions: users, characters and their ownership, mains and alts, states,
 * groups, permissions, EVE SSO and encrypted refresh tokens. Entities with their behaviour, value
 * objects and pure rules. No container, web, JDBC or JSON code (JPA annotations are the one
 * exception), so every rule is unit-tested in milliseconds.
 */
package dev.bastion.identity.model;
