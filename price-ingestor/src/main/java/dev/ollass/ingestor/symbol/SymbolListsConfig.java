package dev.ollass.ingestor.symbol;

import dev.ollass.contracts.market.ListedStock;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.kafka.OwnedTopics;
import dev.ollass.kafka.TopicClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

/** The ingestor writes the symbols topic ({@link PublishedSymbols} reads it back to publish only what changed). */
@Configuration(proxyBeanMethods = false)
class SymbolListsConfig {

    @Bean
    OwnedTopics symbolTopics() {
        return OwnedTopics.of(Topics.SYMBOLS);
    }

    @Bean
    KafkaTemplate<String, ListedStock> listedStockTemplate(TopicClients kafka) {
        return kafka.template(Topics.SYMBOLS);
    }
}
