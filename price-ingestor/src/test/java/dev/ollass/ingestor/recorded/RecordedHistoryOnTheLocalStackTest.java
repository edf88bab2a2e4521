package dev.ollass.ingestor.recorded;

import static dev.ollass.ingestor.LocalTopics.consumer;
import static dev.ollass.ingestor.LocalTopics.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.RecordedImport;
import dev.ollass.contracts.topic.TopicDefinition;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bundled price history published to the real broker, once. */
@UsesLocalStack
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"ollass.ingestor.import-recorded-on-start=false", "ollass.ingestor.recorded-until=2021-04-16"})
class RecordedHistoryOnTheLocalStackTest {

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    RecordedChartImporter importer;

    @Test
    void publishesEveryFileOnceAndSkipsItWhenItWasPublishedWithTheSameContent() {
        List<RecordedFileImport> first = importer.importAll().history();
        Map<TopicPartition, Long> afterFirst = endOffsets();

        assertThat(first).hasSize(22).allMatch(RecordedFileImport::publishedNow);
        assertThat(first)
                .filteredOn(file -> file.file().equals("005930.KS.csv"))
                .singleElement()
                .isEqualTo(new RecordedFileImport("005930.KS.csv", true, 1046, 5, 0, LocalDate.of(2021, 4, 16)));
        // USD/KRW's 91 days whose high and low do not enclose their open and close are published (the
        // projector flags them), none rejected; the rows after the market date are withheld.
        assertThat(first)
                .filteredOn(file -> file.file().equals("KRW=X.csv"))
                .singleElement()
                .isEqualTo(new RecordedFileImport("KRW=X.csv", true, 5112, 0, 888, LocalDate.of(2021, 4, 16)));
        assertThat(first)
                .filteredOn(file -> file.file().equals("splits.csv"))
                .singleElement()
                .isEqualTo(new RecordedFileImport("splits.csv", true, 16, 0, 4, LocalDate.of(2021, 4, 16)));
        long ticks = first.stream()
                .filter(file ->
                        !file.file().startsWith("dividends") && !file.file().equals("splits.csv"))
                .mapToLong(RecordedFileImport::published)
                .sum();
        assertThat(count(afterFirst, Topics.PRICE_TICKS)).isEqualTo(ticks);
        List<ConsumerRecord<String, CorporateAction>> actions = readAll(Topics.CORPORATE_ACTIONS);
        assertThat(actions)
                .allSatisfy(record ->
                        assertThat(record.key()).isEqualTo(record.value().symbol()));
        assertThat(actions).extracting(record -> record.value().key()).contains("005930|SPLIT|2018-05-04");
        assertThat(readAll(Topics.RECORDED_IMPORTS))
                .extracting(ConsumerRecord::value)
                .extracting(RecordedImport::file)
                .hasSize(22)
                .doesNotHaveDuplicates();

        List<RecordedFileImport> again = importer.importAll().history();

        assertThat(again).hasSize(22).noneMatch(RecordedFileImport::publishedNow);
        assertThat(again)
                .extracting(RecordedFileImport::published)
                .isEqualTo(first.stream().map(RecordedFileImport::published).toList());
        assertThat(endOffsets()).isEqualTo(afterFirst);
    }

    private static long count(Map<TopicPartition, Long> offsets, TopicDefinition<?, ?> topic) {
        return offsets.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic.name()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    private static Map<TopicPartition, Long> endOffsets() {
        try (var consumer = consumer(Topics.PRICE_TICKS)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (var topic : List.of(
                    Topics.PRICE_TICKS, Topics.CORPORATE_ACTIONS, Topics.INGEST_REJECTS, Topics.RECORDED_IMPORTS)) {
                consumer.partitionsFor(topic.name())
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            return consumer.endOffsets(partitions);
        }
    }
}
