package dev.ollass.projector.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/** Which failures a sink waits out and which it dead-letters after a few tries. */
class SinkFailuresTest {

    private static final Duration INTERVAL = Duration.ofMillis(500);
    private static final Duration MAX = Duration.ofSeconds(30);

    @Test
    void waitsOutADatabaseOrRedisThatCannotBeReachedHoweverDeepTheCause() {
        var mysqlDown = new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection", new SQLTransientConnectionException("timeout"));
        var redisDown = new RedisConnectionFailureException("Unable to connect to Redis");

        assertThat(SinkFailures.isOutage(new ListenerExecutionFailedException("listener failed", mysqlDown)))
                .isTrue();
        assertThat(SinkFailures.isOutage(redisDown)).isTrue();
        assertThat(SinkFailures.isOutage(new QueryTimeoutException("lock wait timeout")))
                .isTrue();
        assertThat(SinkFailures.isOutage(new IllegalStateException("wrapped", new ConnectException("refused"))))
                .isTrue();
    }

    @Test
    void takesARecordsOwnFaultForNoOutage() {
        assertThat(SinkFailures.isOutage(new ListenerExecutionFailedException(
                        "listener failed", new DataIntegrityViolationException("Data too long for column 'symbol'"))))
                .isFalse();
        assertThat(SinkFailures.isOutage(new IllegalArgumentException("no kind")))
                .isFalse();
    }

    @Test
    void retriesAnOutageForAsLongAsItLastsCappingThePause() {
        BackOffExecution outage = SinkFailures.backOffFor(
                        new CannotGetJdbcConnectionException("down", new SQLTransientConnectionException()),
                        3,
                        INTERVAL,
                        MAX)
                .start();

        long pause = 0;
        for (int attempt = 0; attempt < 1_000; attempt++) {
            pause = outage.nextBackOff();
            assertThat(pause).isNotEqualTo(BackOffExecution.STOP);
        }
        assertThat(pause).isEqualTo(MAX.toMillis());
    }

    @Test
    void writesOnlyTheLastRecordOfEachKeyOfACompactedTopicInOneBatch() {
        List<List<String>> written = new ArrayList<>();
        SinkFailures.writeNewestPerKey(
                List.of(
                        record(0, "AAPL", "AAPL day 1"),
                        record(1, "MSFT", "MSFT day 1"),
                        record(2, "AAPL", "AAPL day 2"),
                        record(3, "KO", null),
                        record(4, "MSFT", "MSFT day 2")),
                written::add);

        assertThat(written).containsExactly(List.of("AAPL day 2", "MSFT day 2"));
    }

    @Test
    void writesEveryRecordOfATopicThatIsNotTheStateOfItsKey() {
        List<List<String>> written = new ArrayList<>();
        SinkFailures.writeEach(List.of(record(0, "AAPL", "dividend"), record(1, "AAPL", "split")), written::add);

        assertThat(written).containsExactly(List.of("dividend", "split"));
    }

    @Test
    void namesTheRecordAtFaultWhenTheNewestOfEachKeyCannotBeWritten() {
        List<ConsumerRecord<String, String>> records = List.of(
                record(0, "AAPL", "AAPL day 1"), record(1, "MSFT", "too long"), record(2, "AAPL", "AAPL day 2"));

        assertThatThrownBy(() -> SinkFailures.writeNewestPerKey(records, values -> {
                    if (values.contains("too long")) {
                        throw new DataIntegrityViolationException("Data too long for column 'symbol'");
                    }
                }))
                .isInstanceOfSatisfying(
                        BatchListenerFailedException.class,
                        failure -> assertThat(failure.getRecord()).isSameAs(records.get(1)));
    }

    private static ConsumerRecord<String, String> record(long offset, String key, String value) {
        return new ConsumerRecord<>("market.daily-bars.v1", 0, offset, key, value);
    }

    @Test
    void triesARecordThatCannotBeWrittenTheConfiguredNumberOfTimes() {
        BackOff backOff = SinkFailures.backOffFor(new DataIntegrityViolationException("too long"), 3, INTERVAL, MAX);
        BackOffExecution execution = backOff.start();

        assertThat(execution.nextBackOff()).isEqualTo(INTERVAL.toMillis());
        assertThat(execution.nextBackOff()).isEqualTo(INTERVAL.toMillis());
        assertThat(execution.nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }
}
