/**
 * Infrastructure of the kill tracker: the zKillboard R2Z2 feed, killmails, trackers and their clauses,
 * matching and the Discord message layout. JDBC read models and batch writers (JDBC only where the
 * code owns the transaction or the batch), REST clients, payload parsers and caches.
 */
package dev.bastion.killtracker.infra;
