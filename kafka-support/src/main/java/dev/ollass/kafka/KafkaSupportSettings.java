package dev.ollass.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Kafka support ({@code ollass.kafka.*}): only what Boot's {@code spring.kafka.*} has no
 * property for.
 *
 * @param replicationFactor how many times the topics a service creates ({@link OwnedTopics}) are
 *     replicated; 1 for a single broker, 3 for a production cluster
 */
@ConfigurationProperties("ollass.kafka")
public record KafkaSupportSettings(@DefaultValue("1") short replicationFactor) {}
