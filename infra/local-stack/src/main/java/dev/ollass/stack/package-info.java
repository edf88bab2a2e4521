/**
 * Real servers for local runs and integration tests, without Docker: a KRaft Kafka broker in this JVM, MariaDB and
 * Redis as child processes, and an SMTP server with an inbox page.
 */
@NullMarked
package dev.ollass.stack;

import org.jspecify.annotations.NullMarked;
