package dev.ollass.projector.sink;

import java.net.ConnectException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * How a sink tells a record it cannot apply from an outage. An outage (MySQL or Redis down, a lost
 * connection, a lock wait timeout) is retried for as long as it takes, so nothing is lost; any other
 * failure is the record's own (too long a code, a constraint violation) and is retried a bounded number
 * of times before the record goes to its dead-letter topic, so that one bad record cannot stall the
 * projection. Public so that the sinks of other packages ({@code current}) write their records the same way.
 */
public final class SinkFailures {

    private SinkFailures() {}

    /** Whether {@code failure}, or any of its causes, is an outage that a later try can get past. */
    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Spring files "cannot connect" (CannotGetJdbcConnectionException, RedisConnectionFailureException)
            // under DataAccessResourceFailureException, a non-transient exception: it is an outage all the same.
            if (cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The back-off for a failed record: unbounded for an outage (capped at {@code maxOutageInterval}
     * between tries), {@code attempts - 1} retries {@code interval} apart otherwise.
     */
    static BackOff backOffFor(Exception failure, int attempts, Duration interval, Duration maxOutageInterval) {
        if (isOutage(failure)) {
            ExponentialBackOff backOff = new ExponentialBackOff(interval.toMillis(), 2.0);
            backOff.setMaxInterval(maxOutageInterval.toMillis());
            return backOff;
        }
        return new FixedBackOff(interval.toMillis(), Math.max(0, attempts - 1));
    }

    /**
     * Writes the non-null values of {@code records} (tombstones are compaction markers, not
     * projections) with {@code write}, in one batch. When the batch fails for a reason of its own,
     * the records are written one by one to find the one at fault, which the exception names, so that
     * the error handler commits the ones before it and retries (then dead-letters) only that one.
     */
    public static <V> void writeEach(List<ConsumerRecord<String, V>> records, Writer<V> write) {
        write(records, write, false);
    }

    /**
     * As {@link #writeEach}, for a compacted topic whose record is the whole new state of its key (a daily
     * bar, a latest price): of the records of one key in the batch only the last, which replaces the ones
     * before it, is written, as compaction would leave it. A sink that lags behind writes fewer rows the
     * more it lags; the records before the last are as visible as it is once it is written.
     */
    public static <V> void writeNewestPerKey(List<ConsumerRecord<String, V>> records, Writer<V> write) {
        write(records, write, true);
    }

    private static <V> void write(List<ConsumerRecord<String, V>> records, Writer<V> write, boolean newestPerKey) {
        List<ConsumerRecord<String, V>> live =
                records.stream().filter(record -> record.value() != null).toList();
        if (live.isEmpty()) {
            return;
        }
        try {
            write.write(
                    newestPerKey
                            ? newestPerKey(live)
                            : live.stream().map(ConsumerRecord::value).toList());
        } catch (RuntimeException batchFailure) {
            if (isOutage(batchFailure)) {
                throw new BatchListenerFailedException(reason(batchFailure), batchFailure, live.getFirst());
            }
            for (ConsumerRecord<String, V> record : live) {
                try {
                    write.write(List.of(record.value()));
                } catch (RuntimeException recordFailure) {
                    throw new BatchListenerFailedException(reason(recordFailure), recordFailure, record);
                }
            }
        }
    }

    /**
     * The value of the last record of each key: records of one key share a partition, so they come in order. A
     * compacted topic has a key on every record (the broker refuses one without).
     */
    static <V> List<V> newestPerKey(List<ConsumerRecord<String, V>> live) {
        Map<String, V> newest = new LinkedHashMap<>();
        live.forEach(record -> newest.put(record.key(), record.value()));
        return List.copyOf(newest.values());
    }

    private static String reason(Throwable failure) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
        return root == failure ? String.valueOf(failure.getMessage()) : failure.getMessage() + ": " + root.getMessage();
    }

    /** Writes a batch of projections, all or nothing as far as the caller can tell. */
    @FunctionalInterface
    public interface Writer<V> {
        void write(List<V> values);
    }
}
