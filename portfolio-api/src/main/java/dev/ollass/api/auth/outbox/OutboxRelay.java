package dev.ollass.api.auth.outbox;

import dev.ollass.api.database.PortfolioDatabase;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.kafka.OwnedTopics;
import dev.ollass.kafka.TopicClients;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the outbox in order and deletes each event once Kafka has acknowledged it: at least once
 * (a crash between the acknowledgement and the delete sends it again, which consumers tolerate, since
 * every event is keyed by its natural key). Runs right after a change that wrote an event, and every
 * few seconds for whatever an earlier run could not send.
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final KafkaTemplate<byte[], byte[]> kafka;
    private final ReentrantLock running = new ReentrantLock();

    OutboxRelay(@PortfolioDatabase JdbcClient jdbc, TopicClients topics) {
        this.jdbc = jdbc;
        this.kafka = topics.template(new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends what is pending; returns how many events it published. Never throws: what fails stays pending. */
    @Scheduled(fixedDelayString = "${ollass.auth.outbox-interval:5s}")
    public int publishPending() {
        if (!running.tryLock()) {
            return 0;
        }
        try {
            int published = 0;
            List<PendingEvent> pending;
            do {
                pending = jdbc.sql("SELECT id, topic, event_key, payload FROM outbox_event ORDER BY id LIMIT ?")
                        .param(BATCH)
                        .query(PendingEvent.class)
                        .list();
                for (PendingEvent event : pending) {
                    kafka.send(event.topic(), event.eventKey().getBytes(StandardCharsets.UTF_8), event.payload())
                            .get(10, TimeUnit.SECONDS);
                    jdbc.sql("DELETE FROM outbox_event WHERE id = ?")
                            .param(event.id())
                            .update();
                    published++;
                }
            } while (pending.size() == BATCH);
            return published;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Outbox events stay pending, next try in a few seconds: {}", e.toString());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            running.unlock();
        }
    }

    record PendingEvent(long id, String topic, String eventKey, byte[] payload) {}

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Topology {

        @Bean
        OwnedTopics apiTopics() {
            return OwnedTopics.of(Topics.USER_DELETED, Topics.PORTFOLIO_TRANSACTIONS);
        }
    }
}
