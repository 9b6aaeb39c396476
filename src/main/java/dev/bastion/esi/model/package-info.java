/**
 * Model of the ESI client: Expires/ETag cache, X-Pages paging, the rate-limit and error-limit
 * governor. Entities with their behaviour, value objects and pure rules. No container, web, JDBC or
 * JSON code (JPA annotations are the one exception), so every rule is unit-tested in milliseconds.
 */
package dev.bastion.esi.model;
