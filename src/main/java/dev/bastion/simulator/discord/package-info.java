/**
 * Simulated Discord: a webhook sink enforcing Discord's payload and rate limits, with faults and a message log.
 */
package dev.bastion.simulator.discord;
