/**
 * Stand-ins for EVE's image server (portraits and logos) so that the demo needs no internet.
 */
package dev.bastion.simulator.images;
