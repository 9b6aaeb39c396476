/**
 * MicroProfile Health checks: readiness (database reachable and migrated) and liveness.
 */
package dev.bastion.platform.health;
