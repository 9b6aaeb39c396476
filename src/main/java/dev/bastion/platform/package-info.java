/**
 * The shared kernel every context uses: configuration of endpoints and production settings, the one refusal
 * exception ({@link dev.bastion.platform.Refusal}), plain JDBC for code that owns its transaction or batch
 * ({@link dev.bastion.platform.Sql}), database migration at start-up, security headers and the version.
 */
package dev.bastion.platform;
