/**
 * Build-time only, never in the WAR: provisions the local PostgreSQL for the demo and the tests.
 */
package dev.bastion.devdb;
