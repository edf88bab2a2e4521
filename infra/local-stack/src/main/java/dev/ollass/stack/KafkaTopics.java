package dev.ollass.stack;

import dev.ollass.contracts.topic.TopicDefinition;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the registry's topics that do not exist yet; existing ones (a restart) are left untouched. */
final class KafkaTopics {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);
    private static final long TIMEOUT_SECONDS = 60;
    private static final short ONE_REPLICA = 1;

    private KafkaTopics() {}

    static void createMissing(String bootstrapServers, List<TopicDefinition<?, ?>> topics) {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            var missing = topics.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(topic -> topic.newTopic(ONE_REPLICA))
                    .toList();
            admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            log.info("Kafka topics ready: {} ({} created)", topics.size(), missing.size());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
