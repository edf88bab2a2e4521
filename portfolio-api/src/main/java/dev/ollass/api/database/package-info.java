/**
 * The API's two databases: the chart projector's {@code market} schema, read-only, and the API's own
 * schema (users, local accounts, quit reasons, the outbox), read-write with its own Flyway history.
 */
@NullMarked
package dev.ollass.api.database;

import org.jspecify.annotations.NullMarked;
