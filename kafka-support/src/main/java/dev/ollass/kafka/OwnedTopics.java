package dev.ollass.kafka;

import dev.ollass.contracts.topic.TopicDefinition;
import java.util.List;

/**
 * The topics a service writes. Declared as a bean, they are created at start-up when they do not
 * exist yet, with the partitions, cleanup policy and retention the registry gives (brokers should not
 * auto-create topics: an auto-created projection topic would not be compacted).
 */
public record OwnedTopics(List<TopicDefinition<?, ?>> topics) {

    public OwnedTopics {
        topics = List.copyOf(topics);
    }

    public static OwnedTopics of(TopicDefinition<?, ?>... topics) {
        return new OwnedTopics(List.of(topics));
    }
}
