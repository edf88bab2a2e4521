package dev.ollass.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.PriceDataMissing;
import dev.ollass.contracts.topic.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.test.util.ReflectionTestUtils;

/** What a service sets under {@code spring.kafka.*} reaches the clients built for its topics. */
class TopicClientsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, KafkaSupportAutoConfiguration.class))
            .withPropertyValues("spring.kafka.bootstrap-servers=broker.test:9092");

    @Test
    void templatesWriteTheirTopicWithItsSerdesAndBootsProducerProperties() {
        context.withPropertyValues("spring.kafka.producer.acks=all", "spring.kafka.producer.properties.linger.ms=42")
                .run(app -> {
                    var template = app.getBean(TopicClients.class).template(Topics.DATA_GAPS);

                    assertThat(template.getDefaultTopic()).isEqualTo(Topics.DATA_GAPS.name());
                    assertThat(template.getProducerFactory().getConfigurationProperties())
                            .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, List.of("broker.test:9092"))
                            .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                            .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "42");
                    var gap = new PriceDataMissing("AAPL", LocalDate.of(2021, 4, 16), null, Instant.EPOCH);
                    assertThat(template.getProducerFactory()
                                    .getValueSerializer()
                                    .serialize("t", gap))
                            .isEqualTo(
                                    Topics.DATA_GAPS.valueSerde().serializer().serialize("t", gap));
                });
    }

    @Test
    void templatesAreTransactionalWhenBootsProducerIsAndReportToTheApplicationsProducerListener() {
        ProducerListener<Object, Object> listener = new ProducerListener<>() {};
        context.withPropertyValues("spring.kafka.producer.transaction-id-prefix=ingestor-tx-")
                .withBean("kafkaProducerListener", ProducerListener.class, () -> listener)
                .run(app -> {
                    var template = app.getBean(TopicClients.class).template(Topics.DATA_GAPS);

                    assertThat(template.isTransactional()).isTrue();
                    assertThat(template.getProducerFactory().getTransactionIdPrefix())
                            .isEqualTo("ingestor-tx-");
                    // KafkaTemplate has no getter for its listener.
                    assertThat(ReflectionTestUtils.getField(template, "producerListener"))
                            .isSameAs(listener);
                });
    }

    @Test
    void templatesAreNotTransactionalWhenBootsProducerIsNot() {
        context.run(app -> assertThat(app.getBean(TopicClients.class)
                        .template(Topics.DATA_GAPS)
                        .isTransactional())
                .isFalse());
    }

    @Test
    void listenerFactoriesReadTheirTopicWithBootsConsumerAndListenerProperties() {
        context.withPropertyValues(
                        "spring.kafka.consumer.isolation-level=read-committed",
                        "spring.kafka.consumer.auto-offset-reset=earliest",
                        "spring.kafka.listener.type=batch",
                        "spring.kafka.listener.ack-mode=record",
                        "spring.kafka.listener.observation-enabled=true")
                .run(app -> {
                    var factory = app.getBean(TopicClients.class).listenerContainerFactory(Topics.DAILY_BARS);

                    assertThat(factory.getConsumerFactory().getConfigurationProperties())
                            .containsEntry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, List.of("broker.test:9092"))
                            .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                            .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
                    assertThat(factory.isBatchListener()).isTrue();
                    ContainerProperties container = factory.getContainerProperties();
                    assertThat(container.getAckMode()).isEqualTo(ContainerProperties.AckMode.RECORD);
                    assertThat(container.isObservationEnabled()).isTrue();
                });
    }

    @Test
    void createsTheTopicsAServiceOwnsWithTheRegistrysSettingsAndTheConfiguredReplication() {
        context.withPropertyValues("ollass.kafka.replication-factor=3", "spring.kafka.admin.auto-create=false")
                .withBean(OwnedTopics.class, () -> OwnedTopics.of(Topics.DAILY_BARS, Topics.DATA_GAPS))
                .run(app -> {
                    // KafkaAdmin reads them through a package-private getter.
                    Collection<NewTopic> created =
                            ReflectionTestUtils.invokeMethod(app.getBean(KafkaAdmin.NewTopics.class), "getNewTopics");
                    NewTopic[] requests = created.toArray(NewTopic[]::new);

                    assertThat(Arrays.stream(requests).map(NewTopic::name))
                            .containsExactly(Topics.DAILY_BARS.name(), Topics.DATA_GAPS.name());
                    assertThat(requests)
                            .allSatisfy(topic ->
                                    assertThat(topic.replicationFactor()).isEqualTo((short) 3));
                    assertThat(requests[0].numPartitions()).isEqualTo(Topics.DAILY_BARS.partitions());
                    assertThat(requests[0].configs())
                            .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
                });
    }

    @Test
    void createsNoTopicsForAServiceThatOwnsNone() {
        context.run(app -> assertThat(app).doesNotHaveBean(KafkaAdmin.NewTopics.class));
    }
}
