package dev.ollass.ingestor.collect;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.ollass.contracts.collect.FetchDone;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The fetch requests done lately, by id, and the runs they belong to: what {@link FetchLedger} holds
 * in memory, bounded (Caffeine) so that an ingestor running for years does not keep every id it ever
 * saw. An entry is held for {@code keep} after it was <em>done</em> (its {@code doneAt}), not after it
 * was read: entries read from the topic at start that are older than that are not held at all. That
 * is all de-duplication needs: a request is redone within minutes of its first try (a crash, a
 * rebalance, a second scheduler's copy), and a run is asked about by the start-up catch-up only within
 * its days back. At most {@code most} ids are held besides, whatever their age.
 */
final class DoneRequests {

    private final Cache<String, Instant> ids;
    private final Cache<String, Instant> runs;
    private final Duration keep;
    private final Clock clock;

    /**
     * @param clock the clock the entries' {@code doneAt} were stamped with
     * @param ticker Caffeine's time source for expiry ({@link Ticker#systemTicker()}; a test's own)
     */
    DoneRequests(Duration keep, long most, Clock clock, Ticker ticker) {
        this.keep = keep;
        this.clock = clock;
        this.ids = Caffeine.newBuilder()
                .maximumSize(most)
                .expireAfter(untilKept())
                .ticker(ticker)
                .build();
        this.runs = Caffeine.newBuilder()
                .maximumSize(most)
                .expireAfter(untilKept())
                .ticker(ticker)
                .build();
    }

    /** Holds {@code entry} until {@code keep} after it was done; nothing when that is past already. */
    void remember(FetchDone entry) {
        if (left(entry.doneAt()) > 0) {
            ids.put(entry.id(), entry.doneAt());
            runs.asMap().merge(entry.runKey(), entry.doneAt(), (held, done) -> done.isAfter(held) ? done : held);
        }
    }

    boolean isDone(String requestId) {
        return ids.getIfPresent(requestId) != null;
    }

    boolean knowsRun(String runKey) {
        return runs.getIfPresent(runKey) != null;
    }

    /** How many ids are held now. */
    long size() {
        ids.cleanUp();
        return ids.estimatedSize();
    }

    /** Nanoseconds left until {@code keep} after {@code doneAt}; 0 or less when past. */
    private long left(Instant doneAt) {
        return keep.minus(Duration.between(doneAt, clock.instant())).toNanos();
    }

    private Expiry<String, Instant> untilKept() {
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(String key, Instant doneAt, long currentTime) {
                return Math.max(0, left(doneAt));
            }

            @Override
            public long expireAfterUpdate(String key, Instant doneAt, long currentTime, long currentDuration) {
                return Math.max(0, left(doneAt));
            }

            @Override
            public long expireAfterRead(String key, Instant doneAt, long currentTime, long currentDuration) {
                return currentDuration;
            }
        };
    }
}
