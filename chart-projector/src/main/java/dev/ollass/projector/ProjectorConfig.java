package dev.ollass.projector;

import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.kafka.OwnedTopics;
import dev.ollass.kafka.TopicClients;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
    OwnedTopics projectorTopics() {
        return OwnedTopics.of(
                Topics.DAILY_BARS,
                Topics.LATEST_PRICES,
                Topics.MARKET_DATA_GAPS,
                Topics.PRICE_TICK_DEAD_LETTERS,
                Topics.DAILY_BAR_SINK_DEAD_LETTERS,
                Topics.LATEST_PRICE_SINK_DEAD_LETTERS,
                Topics.CORPORATE_ACTION_SINK_DEAD_LETTERS);
    }

    @Bean
    KafkaTemplate<String, MarketDataGap> dataGapTemplate(TopicClients kafka) {
        return kafka.template(Topics.MARKET_DATA_GAPS);
    }
}
