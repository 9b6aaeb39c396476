/**
 * Web layer of the static EVE universe: categories, groups, types, regions, constellations, solar
 * systems, stargates, the SDE import and the New Eden map graph. Thin Faces backing beans and JSON
 * feeds; they check access through the platform and call the application services, and choose the
 * words users read.
 */
package dev.bastion.eve.web;
