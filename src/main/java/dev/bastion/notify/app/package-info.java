/**
 * Application services of one Discord delivery path for every module (a persistent outbox and a
 * per-webhook sender that obeys Discord's limits). EJB and CDI services, transactions, timers; the
 * entry points that other contexts and the pages call.
 */
package dev.bastion.notify.app;
