/**
 * Simulated EVE SSO: authorize with a character picker, token (PKCE, rotation), JWKS, revoke, faults.
 */
package dev.bastion.simulator.sso;
