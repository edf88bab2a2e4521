package dev.ollass.projector;

import dev.ollass.contracts.market.PriceDataMissing;
import dev.ollass.contracts.topic.Topics;
import java.time.Clock;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

@Configuration(proxyBeanMethods = false)
class ProjectorConfig {

    /** The market clock: fixed for the offline demo, the real one otherwise. */
    @Bean
    Clock marketClock(ProjectorSettings settings) {
        return settings.marketClock() != null
                ? Clock.fixed(
                        settings.marketClock().toInstant(),
                        settings.marketClock().getOffset())
                : Clock.systemUTC();
    }

    @Bean
    KafkaTemplate<String, PriceDataMissing> dataGapTemplate(KafkaProperties kafka) {
        var factory = new DefaultKafkaProducerFactory<>(
                kafka.buildProducerProperties(),
                Topics.DATA_GAPS.keySerde().serializer(),
                Topics.DATA_GAPS.valueSerde().serializer());
        return new KafkaTemplate<>(factory);
    }
}
