/**
 * Application services of the ESI client: Expires/ETag cache, X-Pages paging, the rate-limit and
 * error-limit governor. EJB and CDI services, transactions, timers; the entry points that other
 * contexts and the pages call.
 */
package dev.bastion.esi.app;
