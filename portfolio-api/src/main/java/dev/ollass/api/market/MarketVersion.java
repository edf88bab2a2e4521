package dev.ollass.api.market;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
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

    /** The {@code market_version} row's id: the one row the projector keeps. */
    private static final int ROW = 1;

    private final JdbcClient market;

    /** The version as last read, for the refresh; a read that fails keeps nothing (the next call reads again). */
    private final LoadingCache<Integer, String> versions;

    MarketVersion(JdbcClient market, @Value("${ollass.market.version-refresh:500ms}") Duration refresh) {
        this.market = market;
        this.versions = Caffeine.newBuilder().expireAfterWrite(refresh).build(this::read);
    }

    /**
     * The version, as a key part. When it cannot be read (the projector has not created its table yet, MySQL is
     * out of reach) a version of its own each time, so that no answer is served from, or kept under, a version
     * that says nothing.
     */
    public String current() {
        try {
            return versions.get(ROW);
        } catch (DataAccessException e) {
            log.warn("The market version could not be read; answers are computed afresh: {}", e.toString());
            return "unread-" + System.nanoTime();
        }
    }

    private String read(int row) {
        return market.sql("SELECT version FROM market_version WHERE id = ?")
                .param(row)
                .query(Long.class)
                .optional()
                .map(String::valueOf)
                .orElse("none");
    }
}
