package dev.ollass.projector.bar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.topic.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology runs with what the application's properties say, Boot's {@code spring.kafka.streams.*} included. */
class StreamsConfigurationTest {

    @TempDir
    Path stateDir;

    @Test
    void runsExactlyOnceAndSendsWhatItCannotReadOrApplyToTheDeadLetterTopic() {
        Properties streams = ApplicationStreamsConfig.load(stateDir);

        assertThat(streams)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "chart-projector")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(
                        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                        LogAndContinueExceptionHandler.class.getName())
                .containsEntry(
                        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                        LogAndContinueProcessingExceptionHandler.class.getName())
                .containsEntry(
                        StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.PRICE_TICK_DEAD_LETTERS.name())
                .containsEntry(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    }

    @Test
    void honoursBootsStreamsPropertiesAndTheProjectorsCommitInterval() {
        Properties streams = ApplicationStreamsConfig.load(
                stateDir,
                "spring.kafka.bootstrap-servers=broker.test:9092",
                "spring.kafka.streams.application-id=projector-blue",
                "spring.kafka.streams.replication-factor=3",
                "spring.kafka.streams.properties.num.stream.threads=4",
                "ollass.projector.commit-interval=250ms");

        assertThat(streams)
                .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, List.of("broker.test:9092"))
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "projector-blue")
                .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, 3)
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "4")
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 250L);
    }
}
