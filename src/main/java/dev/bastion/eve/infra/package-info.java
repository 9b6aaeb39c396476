/**
 * Infrastructure of the static EVE universe: categories, groups, types, regions, constellations, solar
 * systems, stargates, the SDE import and the New Eden map graph. JDBC read models and batch writers
 * (JDBC only where the code owns the transaction or the batch), REST clients, payload parsers and
 * caches.
 */
package dev.bastion.eve.infra;
