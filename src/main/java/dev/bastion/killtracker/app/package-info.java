/**
 * Application services of the kill tracker: the zKillboard R2Z2 feed, killmails, trackers and their
 * clauses, matching and the Discord message layout. EJB and CDI services, transactions, timers; the
 * entry points that other contexts and the pages call.
 */
package dev.bastion.killtracker.app;
