/**
 * Infrastructure of the ESI client: Expires/ETag cache, X-Pages paging, the rate-limit and error-limit
 * governor. JDBC read models and batch writers (JDBC only where the code owns the transaction or the
 * batch), REST clients, payload parsers and caches.
 */
package dev.bastion.esi.infra;
