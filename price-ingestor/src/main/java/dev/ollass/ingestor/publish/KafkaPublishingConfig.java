package dev.ollass.ingestor.publish;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.IngestRejected;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.kafka.OwnedTopics;
import dev.ollass.kafka.TopicClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

/** The topics the ingestor writes, and one template for each with the serdes the registry defines. */
@Configuration(proxyBeanMethods = false)
class KafkaPublishingConfig {

    @Bean
    OwnedTopics ingestorTopics() {
        return OwnedTopics.of(
                Topics.PRICE_TICKS,
                Topics.INGEST_REJECTS,
                Topics.CORPORATE_ACTIONS,
                Topics.RECORDED_IMPORTS,
                Topics.CURRENT_PRICES);
    }

    @Bean
    KafkaTemplate<String, PriceTick> priceTickTemplate(TopicClients kafka) {
        return kafka.template(Topics.PRICE_TICKS);
    }

    @Bean
    KafkaTemplate<String, CorporateAction> corporateActionTemplate(TopicClients kafka) {
        return kafka.template(Topics.CORPORATE_ACTIONS);
    }

    @Bean
    KafkaTemplate<String, CurrentPrice> currentPriceTemplate(TopicClients kafka) {
        return kafka.template(Topics.CURRENT_PRICES);
    }

    @Bean
    KafkaTemplate<String, IngestRejected> ingestRejectTemplate(TopicClients kafka) {
        return kafka.template(Topics.INGEST_REJECTS);
    }
}
