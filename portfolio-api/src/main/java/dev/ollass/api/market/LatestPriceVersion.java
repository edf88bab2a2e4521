package dev.ollass.api.market;

import java.sql.Timestamp;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the market projections that kept answers are keyed by: the newest {@code latest_price}
 * observation, so any new price, index level or rate the projector writes makes a new version. One place for the
 * asset table's and the charts' caches, so they agree on what "the market changed" means.
 */
@Component
public class LatestPriceVersion {

    private final JdbcClient market;

    LatestPriceVersion(JdbcClient market) {
        this.market = market;
    }

    /** The newest observation in nanoseconds since the epoch (as MariaDB keeps it, to the microsecond), or "none". */
    public String current() {
        return market.sql("SELECT MAX(observed_at) FROM latest_price").query(Timestamp.class).list().stream()
                .filter(Objects::nonNull)
                .findFirst()
                .map(time -> Long.toString(time.toInstant().toEpochMilli() * 1_000_000L + time.getNanos() % 1_000_000))
                .orElse("none");
    }
}
