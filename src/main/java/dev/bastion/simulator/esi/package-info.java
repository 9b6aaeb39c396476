/**
 * Simulated ESI: the routes Bastion uses, with ETag/304, Expires, X-Pages, rate- and error-limit headers and faults.
 */
package dev.bastion.simulator.esi;
