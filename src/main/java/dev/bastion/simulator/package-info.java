/**
 * The embedded EVE simulator: stand-ins for EVE SSO, ESI, zKillboard and Discord (and the image server) on the
 * same server, off unless {@code bastion.simulator.enabled}. It fakes systems outside Bastion, so it is laid
 * out by the service it fakes (one sub-package each) rather than in model/app/infra/web rooms, and it reads
 * the portal's data only through the read ports of the contexts (as a test double must not reach inside).
 */
package dev.bastion.simulator;
