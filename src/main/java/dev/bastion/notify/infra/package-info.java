/**
 * Infrastructure of one Discord delivery path for every module (a persistent outbox and a per-webhook
 * sender that obeys Discord's limits). JDBC read models and batch writers (JDBC only where the code
 * owns the transaction or the batch), REST clients, payload parsers and caches.
 */
package dev.bastion.notify.infra;
