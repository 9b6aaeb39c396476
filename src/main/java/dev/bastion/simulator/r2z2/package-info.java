/**
 * Simulated zKillboard: the R2Z2 feed with its pacing rules, the killmail API and a generator of realistic kills.
 */
package dev.bastion.simulator.r2z2;
