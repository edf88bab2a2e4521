package dev.ollass.notifier;

import dev.ollass.contracts.topic.TopicDefinition;
import dev.ollass.contracts.topic.Topics;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates the topics this service writes, with the partitions, cleanup policy and retention the
 * registry gives, when they do not exist yet (brokers should not auto-create topics: an
 * auto-created projection topic would not be compacted).
 */
@Configuration(proxyBeanMethods = false)
class OwnedTopics {

    @Bean
    KafkaAdmin.NewTopics topicsThisServiceWrites(
            @Value("${ollass.kafka.replication-factor:1}") short replicationFactor) {
        return new KafkaAdmin.NewTopics(Stream.<TopicDefinition<?, ?>>of(Topics.DATA_GAPS_DEAD_LETTERS)
                .map(topic -> topic.newTopic(replicationFactor))
                .toArray(NewTopic[]::new));
    }
}
