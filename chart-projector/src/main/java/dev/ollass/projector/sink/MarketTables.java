package dev.ollass.projector.sink;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.LatestPrice;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The projector's MySQL tables in the {@code market} schema. Every write is an upsert by natural key
 * ({@code INSERT ... ON DUPLICATE KEY UPDATE ... VALUES()}, which MariaDB and MySQL 8 both accept),
 * so replaying a topic from any offset leaves the same rows.
 */
@Repository
public class MarketTables {

    private static final String UPSERT_DAILY_BAR = """
            INSERT INTO daily_bar (symbol, kind, trading_date, currency, open_price, high_price, low_price,
                                   close_price, adj_close_price, volume, source, observed_at, suspect_reasons)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE currency = VALUES(currency), open_price = VALUES(open_price),
                high_price = VALUES(high_price), low_price = VALUES(low_price), close_price = VALUES(close_price),
                adj_close_price = VALUES(adj_close_price), volume = VALUES(volume), source = VALUES(source),
                observed_at = VALUES(observed_at), suspect_reasons = VALUES(suspect_reasons)
            """;

    private static final String UPSERT_LATEST_PRICE = """
            INSERT INTO latest_price (symbol, kind, price, currency, trading_date, exchange_time_zone, source,
                                      observed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE price = VALUES(price), currency = VALUES(currency),
                trading_date = VALUES(trading_date), exchange_time_zone = VALUES(exchange_time_zone),
                source = VALUES(source), observed_at = VALUES(observed_at)
            """;

    // A corporate action has no topology to fold it: the upsert keeps the newest observation itself.
    // MySQL and MariaDB assign left to right, so observed_at, compared by the columns before it, comes last.
    private static final String UPSERT_DIVIDEND = """
            INSERT INTO dividend (symbol, ex_date, amount, currency, source, observed_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE
                amount = IF(VALUES(observed_at) >= observed_at, VALUES(amount), amount),
                currency = IF(VALUES(observed_at) >= observed_at, VALUES(currency), currency),
                source = IF(VALUES(observed_at) >= observed_at, VALUES(source), source),
                observed_at = GREATEST(observed_at, VALUES(observed_at))
            """;

    private static final String UPSERT_SPLIT = """
            INSERT INTO split (symbol, ex_date, numerator, denominator, source, observed_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE
                numerator = IF(VALUES(observed_at) >= observed_at, VALUES(numerator), numerator),
                denominator = IF(VALUES(observed_at) >= observed_at, VALUES(denominator), denominator),
                source = IF(VALUES(observed_at) >= observed_at, VALUES(source), source),
                observed_at = GREATEST(observed_at, VALUES(observed_at))
            """;

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    MarketTables(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    public void upsertDailyBars(List<DailyBar> bars) {
        jdbc.batchUpdate(UPSERT_DAILY_BAR, bars, bars.size(), MarketTables::bindDailyBar);
    }

    public void upsertLatestPrices(List<LatestPrice> prices) {
        jdbc.batchUpdate(UPSERT_LATEST_PRICE, prices, prices.size(), MarketTables::bindLatestPrice);
    }

    /**
     * Upserts dividends and splits by their natural key (symbol, ex-date), keeping per key the
     * newest observation whatever the order they come in, so that a replay leaves the same rows.
     */
    public void upsertCorporateActions(List<CorporateAction> actions) {
        List<CorporateAction> dividends = ofType(actions, CorporateAction.Type.DIVIDEND);
        List<CorporateAction> splits = ofType(actions, CorporateAction.Type.SPLIT);
        if (!dividends.isEmpty()) {
            jdbc.batchUpdate(UPSERT_DIVIDEND, dividends, dividends.size(), MarketTables::bindDividend);
        }
        if (!splits.isEmpty()) {
            jdbc.batchUpdate(UPSERT_SPLIT, splits, splits.size(), MarketTables::bindSplit);
        }
    }

    private static List<CorporateAction> ofType(List<CorporateAction> actions, CorporateAction.Type type) {
        return actions.stream().filter(action -> action.type() == type).toList();
    }

    /** The newest trading date held per symbol, for the given symbols (absent when none). */
    public Map<String, SymbolProgress> progressOf(List<String> symbols) {
        if (symbols.isEmpty()) {
            return Map.of();
        }
        return client
                .sql("SELECT symbol, trading_date, exchange_time_zone FROM latest_price WHERE symbol IN (:symbols)")
                .param("symbols", symbols)
                .query((rs, row) -> new SymbolProgress(
                        rs.getString("symbol"),
                        rs.getObject("trading_date", LocalDate.class),
                        rs.getString("exchange_time_zone")))
                .list()
                .stream()
                // A code two kinds share (a stock and an index) is audited by its most advanced series.
                .collect(Collectors.toMap(
                        SymbolProgress::symbol,
                        p -> p,
                        (a, b) -> a.lastTradingDate().isAfter(b.lastTradingDate()) ? a : b));
    }

    /** How far the projections have got for one symbol. */
    public record SymbolProgress(String symbol, LocalDate lastTradingDate, String exchangeTimeZone) {}

    /** Stored as UTC wall time in a DATETIME, whatever the session time zone. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void bindDailyBar(PreparedStatement ps, DailyBar bar) throws SQLException {
        ps.setString(1, bar.symbol());
        ps.setString(2, bar.kind().name());
        ps.setObject(3, bar.tradingDate());
        ps.setString(4, bar.currency());
        ps.setBigDecimal(5, bar.open());
        ps.setBigDecimal(6, bar.high());
        ps.setBigDecimal(7, bar.low());
        ps.setBigDecimal(8, bar.close());
        ps.setBigDecimal(9, bar.adjClose());
        ps.setLong(10, bar.volume());
        ps.setString(11, bar.source());
        ps.setObject(12, utc(bar.observedAt()));
        ps.setString(13, suspectReasons(bar));
    }

    /** Comma separated in the enum's order, NULL for a bar that is not suspect. */
    private static @Nullable String suspectReasons(DailyBar bar) {
        return bar.suspect() ? bar.suspectReasons().stream().map(Enum::name).collect(Collectors.joining(",")) : null;
    }

    private static void bindLatestPrice(PreparedStatement ps, LatestPrice price) throws SQLException {
        ps.setString(1, price.symbol());
        ps.setString(2, price.kind().name());
        ps.setBigDecimal(3, price.price());
        ps.setString(4, price.currency());
        ps.setObject(5, price.tradingDate());
        ps.setString(6, price.exchangeTimeZone());
        ps.setString(7, price.source());
        ps.setObject(8, utc(price.observedAt()));
    }

    // A missing amount, currency or ratio is bound as NULL: the NOT NULL columns refuse it, and the sink
    // dead-letters the action with that reason.
    private static void bindDividend(PreparedStatement ps, CorporateAction dividend) throws SQLException {
        ps.setString(1, dividend.symbol());
        ps.setObject(2, dividend.exDate());
        ps.setBigDecimal(3, dividend.amount());
        ps.setString(4, dividend.currency());
        ps.setString(5, dividend.source());
        ps.setObject(6, utc(dividend.observedAt()));
    }

    private static void bindSplit(PreparedStatement ps, CorporateAction split) throws SQLException {
        ps.setString(1, split.symbol());
        ps.setObject(2, split.exDate());
        ps.setObject(3, split.numerator(), Types.INTEGER);
        ps.setObject(4, split.denominator(), Types.INTEGER);
        ps.setString(5, split.source());
        ps.setObject(6, utc(split.observedAt()));
    }
}
