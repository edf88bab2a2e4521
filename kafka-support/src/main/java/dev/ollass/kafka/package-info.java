/**
 * Kafka clients for the topics of the registry ({@code dev.ollass.contracts.topic.Topics}), built on
 * what Spring Boot configured from {@code spring.kafka.*}, so that every service talks to Kafka one way
 * and a Boot property set in a service's {@code application.properties} is never silently ignored.
 */
@NullMarked
package dev.ollass.kafka;

import org.jspecify.annotations.NullMarked;
