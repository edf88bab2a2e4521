package dev.ollass.projector.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
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
    void triesARecordThatCannotBeWrittenTheConfiguredNumberOfTimes() {
        BackOff backOff = SinkFailures.backOffFor(new DataIntegrityViolationException("too long"), 3, INTERVAL, MAX);
        BackOffExecution execution = backOff.start();

        assertThat(execution.nextBackOff()).isEqualTo(INTERVAL.toMillis());
        assertThat(execution.nextBackOff()).isEqualTo(INTERVAL.toMillis());
        assertThat(execution.nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }
}
