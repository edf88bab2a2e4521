/** The transactional outbox: events stored with the change that caused them, then published to Kafka. */
@NullMarked
package dev.ollass.api.auth.outbox;

import org.jspecify.annotations.NullMarked;
