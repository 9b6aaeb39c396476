/**
 * Model of one Discord delivery path for every module (a persistent outbox and a per-webhook sender
 * that obeys Discord's limits). Entities with their behaviour, value objects and pure rules. No
 * container, web, JDBC or JSON code (JPA annotations are the one exception), so every rule is
 * unit-tested in milliseconds.
 */
package dev.bastion.notify.model;
