package dev.ollass.kafka;

import dev.ollass.contracts.topic.TopicDefinition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.ProducerListener;

/**
 * Producers and consumers for one topic of the registry, with the topic's serdes, built on the
 * configuration Boot derived from {@code spring.kafka.*} (its producer and consumer factories, its
 * listener container configurer, {@code spring.kafka.template.*}). A service declares the result as
 * its bean and changes only what Boot has no property for, such as a listener's error handler.
 */
public class TopicClients {

    private final ProducerFactory<?, ?> bootProducers;
    private final ConsumerFactory<?, ?> bootConsumers;
    private final ConcurrentKafkaListenerContainerFactoryConfigurer listenerConfigurer;
    private final KafkaProperties.Template templateProperties;
    private final @Nullable ProducerListener<Object, Object> producerListener;

    TopicClients(
            ProducerFactory<?, ?> bootProducers,
            ConsumerFactory<?, ?> bootConsumers,
            ConcurrentKafkaListenerContainerFactoryConfigurer listenerConfigurer,
            KafkaProperties kafka,
            @Nullable ProducerListener<Object, Object> producerListener) {
        this.bootProducers = bootProducers;
        this.bootConsumers = bootConsumers;
        this.listenerConfigurer = listenerConfigurer;
        this.templateProperties = kafka.getTemplate();
        this.producerListener = producerListener;
    }

    /** A template that writes {@code topic}, which is also its default topic. */
    public <K, V> KafkaTemplate<K, V> template(TopicDefinition<K, V> topic) {
        KafkaTemplate<K, V> template =
                template(topic.keySerde().serializer(), topic.valueSerde().serializer());
        template.setDefaultTopic(topic.name());
        return template;
    }

    /** A template with other serializers than a registry topic's, e.g. for dead letters kept as raw bytes. */
    @SuppressWarnings("unchecked")
    public <K, V> KafkaTemplate<K, V> template(Serializer<K> keys, Serializer<V> values) {
        var factory = new DefaultKafkaProducerFactory<>(bootProducers.getConfigurationProperties(), keys, values);
        String transactionIdPrefix = bootProducers.getTransactionIdPrefix();
        if (transactionIdPrefix != null) {
            factory.setTransactionIdPrefix(transactionIdPrefix);
        }
        KafkaTemplate<K, V> template = new KafkaTemplate<>(factory);
        template.setObservationEnabled(templateProperties.isObservationEnabled());
        if (producerListener != null) {
            template.setProducerListener((ProducerListener<K, V>) (ProducerListener<?, ?>) producerListener);
        }
        return template;
    }

    /** A consumer factory that reads {@code topic}. */
    public <K, V> ConsumerFactory<K, V> consumerFactory(TopicDefinition<K, V> topic) {
        return consumerFactory(
                topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    /** A consumer factory with other deserializers, e.g. one wrapped in an {@code ErrorHandlingDeserializer}. */
    public <K, V> ConsumerFactory<K, V> consumerFactory(Deserializer<K> keys, Deserializer<V> values) {
        return new DefaultKafkaConsumerFactory<>(bootConsumers.getConfigurationProperties(), keys, values);
    }

    /** A listener container factory for {@code @KafkaListener}s of {@code topic}, configured by {@code spring.kafka.listener.*}. */
    public <K, V> ConcurrentKafkaListenerContainerFactory<K, V> listenerContainerFactory(TopicDefinition<K, V> topic) {
        return listenerContainerFactory(consumerFactory(topic));
    }

    /** A listener container factory on {@code consumers}, configured by {@code spring.kafka.listener.*}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <K, V> ConcurrentKafkaListenerContainerFactory<K, V> listenerContainerFactory(
            ConsumerFactory<K, V> consumers) {
        var factory = new ConcurrentKafkaListenerContainerFactory<K, V>();
        // Boot's configurer is written for the one untyped default factory; it only copies settings.
        listenerConfigurer.configure((ConcurrentKafkaListenerContainerFactory) factory, (ConsumerFactory) consumers);
        return factory;
    }
}
