/**
 * Application services of people and permissions: users, characters and their ownership, mains and
 * alts, states, groups, permissions, EVE SSO and encrypted refresh tokens. EJB and CDI services,
 * transactions, timers; the entry points that other contexts and the pages call.
 */
package dev.bastion.identity.app;
