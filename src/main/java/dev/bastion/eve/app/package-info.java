/**
 * Application services of the static EVE universe: categories, groups, types, regions, constellations,
 * solar systems, stargates, the SDE import and the New Eden map graph. EJB and CDI services,
 * transactions, timers; the entry points that other contexts and the pages call.
 */
package dev.bastion.eve.app;
