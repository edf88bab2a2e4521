package dev.ollass.api.chart.people;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.ollass.api.chart.market.PublicChartSettings;
import dev.ollass.api.database.PortfolioDatabase;
import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.Side;
import dev.ollass.api.holding.Trade;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The users who consent to share their portfolio (the original's event {@code "1"}, set by {@code PUT
 * /api/event/v1/portfolio}) and their trades, from the API's own schema. Reads only what the chart needs: the
 * nickname to show and the trades to value; never an e-mail.
 */
@Repository
class Sharers {

    static final String PORTFOLIO_SHARE = "1";

    private final JdbcClient jdbc;
    private final LoadingCache<String, String> versions;

    Sharers(@PortfolioDatabase JdbcClient jdbc, PublicChartSettings settings) {
        this.jdbc = jdbc;
        this.versions = Caffeine.newBuilder()
                .expireAfterWrite(settings.sharersVersionRefresh())
                .build(event -> readVersion());
    }

    /** A consenting user with a nickname. */
    record Sharer(long userId, String nickname) {}

    /**
     * Up to {@code limit} consenting users with a nickname, most recently consented first (a consent given again
     * while it stands does not move its user), then the newer user first.
     */
    List<Sharer> mostRecentlyConsented(int limit) {
        return jdbc.sql("""
                        SELECT u.id, u.nickname FROM user_event_consent c JOIN `user` u ON u.id = c.user_id
                        WHERE c.event_id = :event AND c.consent = TRUE AND u.nickname IS NOT NULL AND u.nickname <> ''
                        ORDER BY c.updated_at DESC, u.id DESC LIMIT :limit
                        """)
                .param("event", PORTFOLIO_SHARE)
                .param("limit", limit)
                .query((rs, row) -> new Sharer(rs.getLong("id"), rs.getString("nickname")))
                .list();
    }

    /** The user's trades as the holdings calculation takes them (as {@code GET /assetstock} does). */
    List<Trade> trades(long userId) {
        return jdbc.sql("""
                        SELECT id, stock_code, trade_date, trade, quantity, trade_price, purchase_currency_type, fee
                        FROM asset_line WHERE user_id = ? AND kind = 'TRADE' AND stock_code IS NOT NULL
                        """)
                .param(userId)
                .query((rs, row) -> {
                    String side = rs.getString("trade");
                    String currency = rs.getString("purchase_currency_type");
                    BigDecimal quantity = rs.getBigDecimal("quantity");
                    return new Trade(
                            rs.getLong("id"),
                            rs.getString("stock_code"),
                            side == null ? null : Side.valueOf(side),
                            rs.getObject("trade_date", LocalDate.class),
                            currency == null ? null : quantity,
                            rs.getBigDecimal("trade_price"),
                            currency == null ? null : Currency.valueOf(currency),
                            rs.getBigDecimal("fee"),
                            null);
                })
                .list();
    }

    /**
     * The version of everything the chart shows of users: any consent given or withdrawn (its row's time and the
     * number standing), any nickname change of a consenting user, any trade recorded, edited or deleted by one
     * (count, newest id, newest change). Read at most every {@link PublicChartSettings#sharersVersionRefresh()}.
     */
    String version() {
        return versions.get(PORTFOLIO_SHARE);
    }

    private String readVersion() {
        return jdbc.sql("""
                        SELECT
                          (SELECT COUNT(*) FROM user_event_consent WHERE event_id = :event AND consent = TRUE) AS consents,
                          (SELECT MAX(updated_at) FROM user_event_consent WHERE event_id = :event) AS consented_at,
                          (SELECT MAX(u.updated_at) FROM `user` u JOIN user_event_consent c ON c.user_id = u.id
                             WHERE c.event_id = :event AND c.consent = TRUE) AS renamed_at,
                          (SELECT CONCAT(COUNT(*), '-', COALESCE(MAX(a.id), 0), '-', COALESCE(MAX(a.updated_at), ''))
                             FROM asset_line a JOIN user_event_consent c ON c.user_id = a.user_id
                             WHERE c.event_id = :event AND c.consent = TRUE) AS lines_version
                        """)
                .param("event", PORTFOLIO_SHARE)
                .query((rs, row) -> rs.getLong("consents") + ":" + micros(rs.getTimestamp("consented_at")) + ":"
                        + micros(rs.getTimestamp("renamed_at")) + ":" + rs.getString("lines_version"))
                .single();
    }

    private static String micros(@org.jspecify.annotations.Nullable Timestamp time) {
        return time == null ? "none" : time.toInstant().toEpochMilli() + "." + time.getNanos() % 1_000_000;
    }
}
