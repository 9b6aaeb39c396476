/**
 * Model of the static EVE universe: categories, groups, types, regions, constellations, solar systems,
 * stargates, the SDE import and the New Eden map graph. Entities with their behaviour, value objects
 * and pure rules. No container, web, JDBC or JSON code (JPA annotations are the one exception), so
 * every rule is unit-tested in milliseconds.
 */
package dev.bastion.eve.model;
