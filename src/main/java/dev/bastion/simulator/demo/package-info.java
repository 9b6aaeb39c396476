/**
 * The deterministic demo: universe people, portal states and groups, kill tracker webhooks and trackers.
 */
package dev.bastion.simulator.demo;
