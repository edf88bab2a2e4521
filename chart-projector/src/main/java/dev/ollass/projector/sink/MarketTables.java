package dev.ollass.projector.sink;

import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.LatestPrice;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
            INSERT INTO daily_bar (symbol, trading_date, currency, open_price, high_price, low_price, close_price,
                                   adj_close_price, volume, source, observed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE currency = VALUES(currency), open_price = VALUES(open_price),
                high_price = VALUES(high_price), low_price = VALUES(low_price), close_price = VALUES(close_price),
                adj_close_price = VALUES(adj_close_price), volume = VALUES(volume), source = VALUES(source),
                observed_at = VALUES(observed_at)
            """;

    private static final String UPSERT_LATEST_PRICE = """
            INSERT INTO latest_price (symbol, price, currency, trading_date, exchange_time_zone, source, observed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE price = VALUES(price), currency = VALUES(currency),
                trading_date = VALUES(trading_date), exchange_time_zone = VALUES(exchange_time_zone),
                source = VALUES(source), observed_at = VALUES(observed_at)
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
                .collect(Collectors.toMap(SymbolProgress::symbol, p -> p));
    }

    /** How far the projections have got for one symbol. */
    public record SymbolProgress(String symbol, LocalDate lastTradingDate, String exchangeTimeZone) {}

    /** Stored as UTC wall time in a DATETIME, whatever the session time zone. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void bindDailyBar(PreparedStatement ps, DailyBar bar) throws SQLException {
        ps.setString(1, bar.symbol());
        ps.setObject(2, bar.tradingDate());
        ps.setString(3, bar.currency());
        ps.setBigDecimal(4, bar.open());
        ps.setBigDecimal(5, bar.high());
        ps.setBigDecimal(6, bar.low());
        ps.setBigDecimal(7, bar.close());
        ps.setBigDecimal(8, bar.adjClose());
        ps.setLong(9, bar.volume());
        ps.setString(10, bar.source());
        ps.setObject(11, utc(bar.observedAt()));
    }

    private static void bindLatestPrice(PreparedStatement ps, LatestPrice price) throws SQLException {
        ps.setString(1, price.symbol());
        ps.setBigDecimal(2, price.price());
        ps.setString(3, price.currency());
        ps.setObject(4, price.tradingDate());
        ps.setString(5, price.exchangeTimeZone());
        ps.setString(6, price.source());
        ps.setObject(7, utc(price.observedAt()));
    }
}
