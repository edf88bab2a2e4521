package dev.ollass.stack;

import dev.ollass.contracts.topic.TopicDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the registry's topics that do not exist yet; existing ones (a restart) are left untouched. */
final class KafkaTopics {

    private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final short ONE_REPLICA = 1;

    private KafkaTopics() {}

    static void createMissing(String bootstrapServers, List<TopicDefinition<?, ?>> topics) {
        try (var admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "ollass-local-stack-topics"))) {
            var existing = await(admin.listTopics().names());
            var missing = topics.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(topic -> new NewTopic(topic.name(), topic.partitions(), ONE_REPLICA).configs(topic.configs()))
                    .toList();
            if (!missing.isEmpty()) {
                createAll(admin, missing);
            }
            awaitLeaders(admin, topics.stream().map(TopicDefinition::name).toList());
            log.info("Kafka topics ready: {} ({} created)", topics.size(), missing.size());
        }
    }

    private static void createAll(Admin admin, List<NewTopic> missing) {
        try {
            await(admin.createTopics(missing).all());
        } catch (IllegalStateException e) {
            // Another client created one meanwhile: that is the outcome we want.
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /** Creation returns before every partition has a leader; producers would briefly fail until then. */
    private static void awaitLeaders(Admin admin, List<String> names) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                var descriptions = await(admin.describeTopics(names).allTopicNames());
                if (descriptions.values().stream().allMatch(KafkaTopics::everyPartitionHasLeader)) {
                    return;
                }
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Kafka topics " + names + " have no leaders after " + TIMEOUT);
            }
            sleep(Duration.ofMillis(100));
        }
    }

    private static boolean everyPartitionHasLeader(TopicDescription description) {
        return description.partitions().stream().allMatch(partition -> partition.leader() != null);
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "Kafka admin request failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka admin request timed out after " + TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka topics", e);
        }
    }
}
