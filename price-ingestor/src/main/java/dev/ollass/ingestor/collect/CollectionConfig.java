package dev.ollass.ingestor.collect;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.ollass.contracts.collect.FetchRequest;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.ingestor.IngestorSettings;
import dev.ollass.ingestor.live.LiveFetcher;
import dev.ollass.kafka.OwnedTopics;
import dev.ollass.kafka.TopicClients;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerPausingBackOffHandler;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The fetch-request topics (created by every ingestor, so that a backfill can publish to them), and,
 * with the live sources on, the ledger, the consumer group and the schedules.
 */
@Configuration(proxyBeanMethods = false)
class CollectionConfig {

    @Bean
    OwnedTopics collectionTopics() {
        return OwnedTopics.of(Topics.FETCH_REQUESTS, Topics.FETCHES_DONE);
    }

    @Bean
    KafkaTemplate<String, FetchRequest> fetchRequestTemplate(TopicClients kafka) {
        return kafka.template(Topics.FETCH_REQUESTS);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "ollass.ingestor.live.enabled", havingValue = "true")
    static class Live {

        @Bean(initMethod = "start", destroyMethod = "close")
        FetchLedger fetchLedger(TopicClients kafka, IngestorSettings settings, Clock clock) {
            IngestorSettings.Live live = settings.live();
            return new FetchLedger(
                    kafka, new DoneRequests(live.ledgerKeep(), live.ledgerMostEntries(), clock, Ticker.systemTicker()));
        }

        @Bean
        FetchRequestListener fetchRequestListener(LiveFetcher fetcher, FetchLedger ledger, MeterRegistry meters) {
            return new FetchRequestListener(fetcher, ledger, meters);
        }

        @Bean(destroyMethod = "shutdown")
        ThreadPoolTaskScheduler collectionScheduler() {
            var scheduler = new ThreadPoolTaskScheduler();
            scheduler.setPoolSize(2);
            scheduler.setThreadNamePrefix("collection-");
            scheduler.initialize();
            return scheduler;
        }

        /**
         * One request at a time per poll, committed as soon as it is done: a request may take minutes
         * under Yahoo's rate limit, and a crash redoes only the one in hand. An unavailable source pauses
         * the consumer ({@code unavailable-pause}) instead of blocking its thread, then the same request is
         * tried again, as often as it takes; only a request that cannot be read is logged and skipped.
         */
        @Bean
        ConcurrentKafkaListenerContainerFactory<String, FetchRequest> fetchRequestListenerFactory(
                TopicClients kafka, IngestorSettings settings, ThreadPoolTaskScheduler collectionScheduler) {
            var factory = kafka.listenerContainerFactory(Topics.FETCH_REQUESTS);
            ContainerProperties container = factory.getContainerProperties();
            container.setAckMode(ContainerProperties.AckMode.RECORD);
            Properties consumer = new Properties();
            consumer.setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1");
            consumer.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            consumer.setProperty(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, "600000");
            container.setKafkaConsumerProperties(consumer);
            var errors = new DefaultErrorHandler(
                    null,
                    new FixedBackOff(settings.live().unavailablePause().toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS),
                    new ContainerPausingBackOffHandler(new ListenerContainerPauseService(null, collectionScheduler)));
            errors.addNotRetryableExceptions(DeserializationException.class);
            factory.setCommonErrorHandler(errors);
            return factory;
        }

        @Bean
        CollectionScheduler collectionSchedules(
                IngestorSettings settings,
                FetchLedger ledger,
                KafkaTemplate<String, FetchRequest> fetchRequestTemplate,
                ThreadPoolTaskScheduler collectionScheduler,
                dev.ollass.ingestor.symbol.SymbolUniversePublisher symbols,
                Clock clock) {
            return new CollectionScheduler(
                    settings.live(), ledger, fetchRequestTemplate, collectionScheduler, symbols, clock);
        }
    }
}
