package dev.ollass.ingestor.collect;

import dev.ollass.contracts.collect.FetchDone;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.kafka.TopicClients;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Which fetch requests are done: the compacted {@code market.fetches-done.v1}, read whole at start and
 * then followed (no consumer group: every instance reads all of it), so that a request done by any
 * instance, or published twice, is not fetched again. Entries are written only once what the fetch
 * yielded is acknowledged. Only the entries done lately are held in memory ({@link DoneRequests}).
 */
public class FetchLedger implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FetchLedger.class);
    private static final Duration CATCH_UP_WITHIN = Duration.ofSeconds(60);

    private final ConsumerFactory<String, FetchDone> consumers;
    private final KafkaTemplate<String, FetchDone> entries;
    private final DoneRequests done;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Consumer<String, FetchDone> follower;
    private final Thread thread;

    FetchLedger(TopicClients kafka, DoneRequests done) {
        this.done = done;
        this.consumers = kafka.consumerFactory(Topics.FETCHES_DONE);
        this.entries = kafka.template(Topics.FETCHES_DONE);
        this.thread = Thread.ofPlatform().daemon().name("fetch-ledger").unstarted(this::follow);
    }

    void start() {
        thread.start();
    }

    /** Waits until the topic was read to the end it had at start; false when that took too long. */
    boolean awaitCaughtUp() throws InterruptedException {
        return caughtUp.await(CATCH_UP_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isDone(String requestId) {
        return done.isDone(requestId);
    }

    /** Whether any request of {@code runKey} is done: the run was published. */
    boolean knowsRun(String runKey) {
        return done.knowsRun(runKey);
    }

    /** Records {@code entry}; returns once the broker has it. */
    void record(FetchDone entry) {
        var sent = entries.send(Topics.FETCHES_DONE.name(), entry.id(), entry);
        entries.flush();
        sent.join();
        remember(entry);
    }

    private void remember(FetchDone entry) {
        done.remember(entry);
    }

    /** Follows the topic until closed; starts over after an error, and waits for the topic to exist. */
    private void follow() {
        while (running) {
            try {
                followOnce();
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                log.error("The fetch ledger stopped following {}; starting over", Topics.FETCHES_DONE.name(), e);
                pause();
            }
        }
    }

    private void followOnce() {
        Properties properties = new Properties();
        properties.setProperty(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        try (Consumer<String, FetchDone> consumer = consumers.createConsumer(null, "fetch-ledger", null, properties)) {
            follower = consumer;
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.FETCHES_DONE.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                // A fresh cluster: the topic is created by this service's start-up, perhaps not yet.
                log.info("Waiting for {} to exist", Topics.FETCHES_DONE.name());
                pause();
                return;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (running) {
                for (ConsumerRecord<String, FetchDone> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null) {
                        remember(record.value());
                    }
                }
                if (caughtUp.getCount() > 0
                        && ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    log.info("Fetch ledger read: {} requests done lately", done.size());
                    caughtUp.countDown();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        Consumer<String, FetchDone> consumer = follower;
        if (consumer != null) {
            consumer.wakeup();
        }
        thread.join(Duration.ofSeconds(10));
    }
}
