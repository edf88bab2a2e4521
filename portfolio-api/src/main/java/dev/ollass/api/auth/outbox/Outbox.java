package dev.ollass.api.auth.outbox;

import dev.ollass.api.database.PortfolioDatabase;
import dev.ollass.contracts.topic.TopicDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores an event in the transaction of the change it tells about ({@code outbox_event}); the
 * {@link OutboxRelay} publishes it after the commit. A rolled-back change leaves no event, and a
 * committed one cannot lose its event to a Kafka outage or a crash between commit and send (which
 * publishing after commit would risk).
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;

    Outbox(@PortfolioDatabase JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the change's transaction; written with the topic's own serializers. */
    public <K, V> void add(TopicDefinition<K, V> topic, K key, V event) {
        byte[] keyBytes = topic.keySerde().serializer().serialize(topic.name(), key);
        byte[] payload = topic.valueSerde().serializer().serialize(topic.name(), event);
        jdbc.sql("INSERT INTO outbox_event (topic, event_key, payload) VALUES (?, ?, ?)")
                .params(topic.name(), new String(keyBytes, java.nio.charset.StandardCharsets.UTF_8), payload)
                .update();
    }
}
