package dev.ollass.ingestor.publish;

import dev.ollass.contracts.market.IngestRejected;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.TopicDefinition;
import dev.ollass.contracts.topic.Topics;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** One template per topic, each with the serdes the topic registry defines. */
@Configuration(proxyBeanMethods = false)
class KafkaPublishingConfig {

    @Bean
    KafkaTemplate<String, PriceTick> priceTickTemplate(KafkaProperties kafka) {
        return template(kafka, Topics.PRICE_TICKS);
    }

    @Bean
    KafkaTemplate<String, IngestRejected> ingestRejectTemplate(KafkaProperties kafka) {
        return template(kafka, Topics.INGEST_REJECTS);
    }

    private static <K, V> KafkaTemplate<K, V> template(KafkaProperties kafka, TopicDefinition<K, V> topic) {
        var factory = new DefaultKafkaProducerFactory<>(
                kafka.buildProducerProperties(),
                topic.keySerde().serializer(),
                topic.valueSerde().serializer());
        KafkaTemplate<K, V> template = new KafkaTemplate<>(factory);
        template.setObservationEnabled(true);
        return template;
    }
}
