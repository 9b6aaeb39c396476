/**
 * Web layer of people and permissions: users, characters and their ownership, mains and alts, states,
 * groups, permissions, EVE SSO and encrypted refresh tokens. Thin Faces backing beans and JSON feeds;
 * they check access through the platform and call the application services, and choose the words users
 * read.
 */
package dev.bastion.identity.web;
