package dev.ollass.notifier.gap;

import static dev.ollass.notifier.gap.Findings.missing;
import static dev.ollass.notifier.gap.Findings.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.notifier.AlertNotifierApplication;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Two notifier instances (two application contexts, one consumer group, one Redis) on the same findings, each
 * delivered twice: every alert arrives once.
 */
@UsesLocalStack
class TwoNotifierInstancesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    static final TestMailServer smtp = TestMailServer.started();

    @Test
    void emailsEachAlertOnceWhenTwoInstancesShareTheWork() {
        try (var first = instance();
                var second = instance()) {
            StringRedisTemplate redis = first.getBean(StringRedisTemplate.class);
            Findings.forgetEverything(redis);
            await().atMost(PATIENCE)
                    .alias("each instance reads some of the partitions")
                    .until(() -> readsPartitions(first) && readsPartitions(second));
            List<MarketDataGap> gaps = IntStream.rangeClosed(1, 8)
                    .mapToObj(i -> missing("T" + i, "d1", "AAPL"))
                    .toList();

            var twice = new ArrayList<MarketDataGap>(gaps);
            twice.addAll(gaps);
            publish(twice.toArray(MarketDataGap[]::new));

            await().atMost(PATIENCE)
                    .until(() -> smtp.withSubjectContaining(": T").size() >= gaps.size());
            await().atMost(PATIENCE).until(() -> Findings.allSettled(redis));
            for (MarketDataGap gap : gaps) {
                assertThat(smtp.withSubjectContaining(": " + gap.market() + " 2021-04-16"))
                        .as(gap.market())
                        .hasSize(1);
            }
        }
    }

    private static boolean readsPartitions(ConfigurableApplicationContext instance) {
        var container = instance.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("market-gap-alerts");
        var partitions = container == null ? null : container.getAssignedPartitions();
        return partitions != null && !partitions.isEmpty();
    }

    private static ConfigurableApplicationContext instance() {
        // As command-line arguments, which win over application.properties (default properties would not).
        var arguments = new ArrayList<String>();
        LocalStackExtension.stack().serviceProperties().forEach((name, value) -> {
            if (!name.startsWith("spring.mail.")) {
                arguments.add("--" + name + "=" + value);
            }
        });
        arguments.add("--spring.mail.host=127.0.0.1");
        arguments.add("--spring.mail.port=" + smtp.port());
        arguments.add("--ollass.notifier.digest-window=0s");
        arguments.add("--ollass.notifier.flush-interval=50ms");
        return new SpringApplicationBuilder(AlertNotifierApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
    }
}
