/**
 * Model of the kill tracker: the zKillboard R2Z2 feed, killmails, trackers and their clauses, matching
 * and the Discord message layout. Entities with their behaviour, value objects and pure rules. No
 * container, web, JDBC or JSON code (JPA annotations are the one exception), so every rule is
 * unit-tested in milliseconds.
 */
package dev.bastion.killtracker.model;
