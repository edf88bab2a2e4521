package dev.ollass.projector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.projector.replay.ProjectionReplay;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import dev.ollass.web.ProblemException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Two projector instances on the real local stack share the work: the second one takes Streams tasks
 * and sink partitions from the first, and together they project every tick exactly once into the rows.
 */
@UsesLocalStack
class TwoInstancesOnTheLocalStackTest {

    private static final Instant OBSERVED = Instant.parse("2021-04-16T08:00:00Z");

    @TempDir
    Path stateDirs;

    @Test
    void splitsTheTasksAndPartitionsBetweenTwoInstancesAndProjectsEveryTickOnce() throws Exception {
        try (ConfigurableApplicationContext first = start("first");
                ConfigurableApplicationContext second = start("second")) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                assertThat(activeTasks(first)).isPositive();
                assertThat(activeTasks(second)).isPositive();
                assertThat(sinkPartitions(first)).isPositive();
                assertThat(sinkPartitions(second)).isPositive();
            });

            List<String> symbols = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                symbols.add("TWO" + i);
            }
            try (var producer = new KafkaProducer<>(
                    Map.<String, Object>of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            LocalStackExtension.stack().kafkaBootstrapServers()),
                    Topics.PRICE_TICKS.keySerde().serializer(),
                    Topics.PRICE_TICKS.valueSerde().serializer())) {
                for (String symbol : symbols) {
                    for (int day = 12; day <= 16; day++) {
                        PriceTick tick = tick(symbol, LocalDate.of(2021, 4, day), 100 + day);
                        producer.send(new ProducerRecord<>(Topics.PRICE_TICKS.name(), symbol, tick))
                                .get();
                    }
                }
            }

            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> closes(jdbc).size() == 60
                            && jdbc.sql(
                                                    "SELECT COUNT(*) FROM latest_price WHERE symbol LIKE 'TWO%' AND trading_date = '2021-04-16'")
                                            .query(Integer.class)
                                            .single()
                                    == 12);
            Map<String, String> expected = new TreeMap<>();
            for (String symbol : symbols) {
                for (int day = 12; day <= 16; day++) {
                    expected.put(symbol + "|2021-04-" + day, Integer.toString(100 + day));
                }
            }
            assertThat(closes(jdbc)).isEqualTo(expected);

            // A replay needs the sinks' groups to itself: with the other instance sinking, nothing is touched.
            assertThatExceptionOfType(ProblemException.class)
                    .isThrownBy(() -> first.getBean(ProjectionReplay.class).start(null, List.of(), true))
                    .satisfies(refusal -> assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
            assertThat(closes(jdbc)).isEqualTo(expected);
        }
    }

    private ConfigurableApplicationContext start(String name) {
        LocalStack stack = LocalStackExtension.stack();
        List<String> args = new ArrayList<>();
        stack.serviceProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--spring.datasource.url=" + stack.jdbcUrl("market_two_instances_test"));
        args.add("--spring.kafka.streams.application-id=two-instances-test");
        args.add("--spring.kafka.streams.state-dir=" + stateDirs.resolve(name));
        args.add("--ollass.projector.commit-interval=100ms");
        args.add("--ollass.projector.audit.scheduled=false");
        args.add("--logging.level.org.apache.kafka=WARN");
        return new SpringApplicationBuilder(ChartProjectorApplication.class)
                .web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    private static int activeTasks(ConfigurableApplicationContext context) {
        KafkaStreams streams = context.getBean(StreamsBuilderFactoryBean.class).getKafkaStreams();
        if (streams == null || streams.state() != KafkaStreams.State.RUNNING) {
            return 0;
        }
        return streams.metadataForLocalThreads().stream()
                .map(ThreadMetadata::activeTasks)
                .mapToInt(Set::size)
                .sum();
    }

    private static int sinkPartitions(ConfigurableApplicationContext context) {
        MessageListenerContainer sink =
                context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("daily-bar-sink");
        return sink == null || sink.getAssignedPartitions() == null
                ? 0
                : sink.getAssignedPartitions().size();
    }

    private static Map<String, String> closes(JdbcClient jdbc) {
        Map<String, String> closes = new TreeMap<>();
        jdbc.sql("SELECT symbol, trading_date, close_price FROM daily_bar WHERE symbol LIKE 'TWO%'")
                .query((rs, row) -> {
                    closes.put(
                            rs.getString("symbol") + "|" + rs.getObject("trading_date", LocalDate.class),
                            rs.getBigDecimal("close_price").stripTrailingZeros().toPlainString());
                    return null;
                })
                .list();
        return closes;
    }

    private static PriceTick tick(String symbol, LocalDate day, int close) {
        BigDecimal price = BigDecimal.valueOf(close);
        return new PriceTick(
                symbol,
                day,
                "America/New_York",
                "USD",
                price,
                price,
                price,
                price,
                price,
                1000L,
                "test",
                OBSERVED,
                InstrumentKind.STOCK);
    }
}
