package dev.ollass.api.market;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the market projections that kept answers are keyed by (the asset table's and the charts'
 * caches, so they agree on what "the market changed" means): the {@code market_version} row, which the
 * projector's sinks bump after every batch of bars, latest prices, index levels, rates, dividends, splits or
 * stocks they wrote. A corrected bar or a split that comes without a new price is therefore a new version too.
 *
 * <p>Read at most once per {@code ollass.market.version-refresh} (default 500 ms) per instance, so that a warm
 * answer costs no SQL: data the projector wrote is served at the latest that long after it is visible. A user's
 * own edits do not wait for it (their caches key the user's change counter as well).
 */
@Component
public class MarketVersion {

    private static final Logger log = LoggerFactory.getLogger(MarketVersion.class);

    private record Read(String version, long readAt) {}

    private final JdbcClient market;
    private final long refreshNanos;
    private volatile @Nullable Read last;

    MarketVersion(JdbcClient market, @Value("${ollass.market.version-refresh:500ms}") Duration refresh) {
        this.market = market;
        this.refreshNanos = refresh.toNanos();
    }

    /**
     * The version, as a key part. When it cannot be read (the projector has not created its table yet, MySQL is
     * out of reach) a version of its own each time, so that no answer is served from, or kept under, a version
     * that says nothing.
     */
    public String current() {
        Read read = last;
        long now = System.nanoTime();
        if (read != null && now - read.readAt() < refreshNanos) {
            return read.version();
        }
        try {
            String version = market.sql("SELECT version FROM market_version WHERE id = 1")
                    .query(Long.class)
                    .optional()
                    .map(String::valueOf)
                    .orElse("none");
            last = new Read(version, now);
            return version;
        } catch (DataAccessException e) {
            log.warn("The market version could not be read; answers are computed afresh: {}", e.toString());
            return "unread-" + now;
        }
    }
}
