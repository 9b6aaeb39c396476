/**
 * Infrastructure of people and permissions: users, characters and their ownership, mains and alts,
 * states, groups, permissions, EVE SSO and encrypted refresh tokens. JDBC read models and batch
 * writers (JDBC only where the code owns the transaction or the batch), REST clients, payload parsers
 * and caches.
 */
package dev.bastion.identity.infra;
