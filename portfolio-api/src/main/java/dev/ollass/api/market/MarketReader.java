package dev.ollass.api.market;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.market.MarketRedisKeys;
import dev.ollass.contracts.market.SuspectReason;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the chart projector's projections: the latest price, index level or exchange rate from Redis
 * (the hot copy), falling back to MySQL; daily bars, dividends and splits from MySQL. Read-only: the
 * {@code market} schema and {@code market:} keys belong to the projector. Codes arrive normalized
 * ({@link MarketCodes}); each series is read within its own {@link InstrumentKind}.
 */
@Component
class MarketReader {

    private final JdbcClient jdbc;
    private final StringRedisTemplate redis;
    private final JsonMapper json;

    MarketReader(JdbcClient jdbc, StringRedisTemplate redis, JsonMapper json) {
        this.jdbc = jdbc;
        this.redis = redis;
        this.json = json;
    }

    Optional<CurrentPrice> latestPrice(InstrumentKind kind, String code) {
        String cached = redis.opsForValue().get(MarketRedisKeys.latest(kind, code));
        if (cached != null) {
            LatestPrice latest = json.readValue(cached, LatestPrice.class);
            return Optional.of(new CurrentPrice(
                    latest.symbol(),
                    plain(latest.price()),
                    latest.currency(),
                    latest.tradingDate(),
                    latest.observedAt()));
        }
        return jdbc.sql("""
                        SELECT symbol, price, currency, trading_date, observed_at
                        FROM latest_price WHERE symbol = ? AND kind = ?
                        """)
                .params(code, kind.name())
                .query((rs, row) -> new CurrentPrice(
                        rs.getString("symbol"),
                        plain(rs.getBigDecimal("price")),
                        rs.getString("currency"),
                        rs.getObject("trading_date", LocalDate.class),
                        rs.getObject("observed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                .optional();
    }

    List<DailyPrice> dailyPrices(InstrumentKind kind, String code, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                        SELECT symbol, trading_date, open_price, high_price, low_price, close_price, adj_close_price,
                               volume, currency, suspect_reasons
                        FROM daily_bar
                        WHERE symbol = ? AND kind = ? AND trading_date BETWEEN ? AND ?
                        ORDER BY trading_date
                        """)
                .params(code, kind.name(), start, end)
                .query(MarketReader::dailyPrice)
                .list();
    }

    boolean hasAnyDailyPrice(InstrumentKind kind, String code) {
        return jdbc.sql("SELECT 1 FROM daily_bar WHERE symbol = ? AND kind = ? LIMIT 1")
                .params(code, kind.name())
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    /** The stock's dividends, oldest ex-date first. */
    List<Dividend> dividends(String code) {
        return jdbc.sql("SELECT symbol, ex_date, amount, currency FROM dividend WHERE symbol = ? ORDER BY ex_date")
                .param(code)
                .query((rs, row) -> new Dividend(
                        rs.getString("symbol"),
                        rs.getObject("ex_date", LocalDate.class),
                        plain(rs.getBigDecimal("amount")),
                        rs.getString("currency")))
                .list();
    }

    /** The stock's splits, oldest first. */
    List<Split> splits(String code) {
        return jdbc.sql("SELECT symbol, ex_date, numerator, denominator FROM split WHERE symbol = ? ORDER BY ex_date")
                .param(code)
                .query((rs, row) -> new Split(
                        rs.getString("symbol"),
                        rs.getObject("ex_date", LocalDate.class),
                        rs.getInt("numerator"),
                        rs.getInt("denominator")))
                .list();
    }

    /** Whether the projections hold anything of this stock: a bar, a dividend or a split. */
    boolean knowsStock(String code) {
        return jdbc.sql("""
                        SELECT 1 FROM daily_bar WHERE symbol = :code AND kind = 'STOCK'
                        UNION ALL SELECT 1 FROM dividend WHERE symbol = :code
                        UNION ALL SELECT 1 FROM split WHERE symbol = :code
                        LIMIT 1
                        """).param("code", code).query(Integer.class).optional().isPresent();
    }

    private static DailyPrice dailyPrice(ResultSet rs, int row) throws SQLException {
        return new DailyPrice(
                rs.getString("symbol"),
                rs.getObject("trading_date", LocalDate.class),
                plain(rs.getBigDecimal("open_price")),
                plain(rs.getBigDecimal("high_price")),
                plain(rs.getBigDecimal("low_price")),
                plain(rs.getBigDecimal("close_price")),
                plain(rs.getBigDecimal("adj_close_price")),
                rs.getLong("volume"),
                rs.getString("currency"),
                suspectReasons(rs.getString("suspect_reasons")));
    }

    /** The projector writes them comma separated, NULL for a bar that is not suspect. */
    private static List<SuspectReason> suspectReasons(@Nullable String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(SuspectReason::valueOf).toList();
    }

    /** The column's fixed scale pads prices with zeros; serve them as the source gave them. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
