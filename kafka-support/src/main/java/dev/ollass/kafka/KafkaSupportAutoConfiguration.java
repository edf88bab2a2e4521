package dev.ollass.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.ProducerListener;

/** Runs after Boot's Kafka auto-configuration and builds on its factories and properties. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(KafkaSupportSettings.class)
public class KafkaSupportAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TopicClients topicClients(
            ProducerFactory<?, ?> producerFactory,
            ConsumerFactory<?, ?> consumerFactory,
            ConcurrentKafkaListenerContainerFactoryConfigurer listenerConfigurer,
            KafkaProperties kafka,
            ObjectProvider<ProducerListener<Object, Object>> producerListener) {
        return new TopicClients(
                producerFactory, consumerFactory, listenerConfigurer, kafka, producerListener.getIfUnique());
    }

    /** The requests {@link KafkaAdmin} creates missing topics from at start-up. */
    @Bean
    @ConditionalOnBean(OwnedTopics.class)
    KafkaAdmin.NewTopics ownedTopicsToCreate(ObjectProvider<OwnedTopics> owned, KafkaSupportSettings settings) {
        return new KafkaAdmin.NewTopics(owned.orderedStream()
                .flatMap(topics -> topics.topics().stream())
                .distinct()
                .map(topic -> topic.newTopic(settings.replicationFactor()))
                .toArray(NewTopic[]::new));
    }
}
