/**
 * Web layer of the kill tracker: the zKillboard R2Z2 feed, killmails, trackers and their clauses,
 * matching and the Discord message layout. Thin Faces backing beans and JSON feeds; they check access
 * through the platform and call the application services, and choose the words users read.
 */
package dev.bastion.killtracker.web;
