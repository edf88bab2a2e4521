package dev.ollass.api.chart.market;

import dev.ollass.api.chart.market.calc.IndexLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the public charts read of the chart projector's market tables (read-only, the API's primary
 * DataSource): index levels, latest stock prices, closes of a date, the dollar rate, Korean names. One query
 * per kind for all codes; prices without the column's padding zeros.
 */
@Component
class MarketSnapshot {

    private static final String USD_KRW = "USDKRW";

    private final JdbcClient jdbc;

    MarketSnapshot(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest level of each of {@code codes} the projections hold, with the close of the bar before it. */
    Map<String, IndexLevel> indexLevels(Collection<String> codes) {
        Map<String, IndexLevel> levels = new HashMap<>();
        jdbc.sql("""
                        SELECT l.symbol, l.price, l.trading_date,
                               (SELECT b.close_price FROM daily_bar b
                                WHERE b.symbol = l.symbol AND b.kind = 'INDEX' AND b.trading_date < l.trading_date
                                ORDER BY b.trading_date DESC LIMIT 1) AS previous_close
                        FROM latest_price l WHERE l.kind = 'INDEX' AND l.symbol IN (:codes)
                        """)
                .param("codes", List.copyOf(codes))
                .query((rs, row) -> {
                    BigDecimal previous = rs.getBigDecimal("previous_close");
                    return levels.put(
                            rs.getString("symbol"),
                            new IndexLevel(
                                    rs.getString("symbol"),
                                    plain(rs.getBigDecimal("price")),
                                    rs.getObject("trading_date", LocalDate.class),
                                    previous == null ? null : plain(previous)));
                })
                .list();
        return levels;
    }

    /** The latest price of each of {@code codes} (stocks) that has one. */
    Map<String, BigDecimal> latestStockPrices(Collection<String> codes) {
        Map<String, BigDecimal> prices = new HashMap<>();
        if (codes.isEmpty()) {
            return prices;
        }
        jdbc.sql("SELECT symbol, price FROM latest_price WHERE kind = 'STOCK' AND symbol IN (:codes)")
                .param("codes", List.copyOf(codes))
                .query((rs, row) -> prices.put(rs.getString("symbol"), plain(rs.getBigDecimal("price"))))
                .list();
        return prices;
    }

    /** Each stock's close of {@code date}, or of its first trading date after it, for those of {@code codes} that have one. */
    Map<String, BigDecimal> closesOnOrAfter(Collection<String> codes, LocalDate date) {
        Map<String, BigDecimal> closes = new HashMap<>();
        if (codes.isEmpty()) {
            return closes;
        }
        jdbc.sql("""
                        SELECT b.symbol, b.close_price FROM daily_bar b
                        JOIN (SELECT symbol, MIN(trading_date) AS first_date FROM daily_bar
                              WHERE kind = 'STOCK' AND symbol IN (:codes) AND trading_date >= :date
                              GROUP BY symbol) f
                          ON b.symbol = f.symbol AND b.kind = 'STOCK' AND b.trading_date = f.first_date
                        """)
                .param("codes", List.copyOf(codes))
                .param("date", date)
                .query((rs, row) -> closes.put(rs.getString("symbol"), plain(rs.getBigDecimal("close_price"))))
                .list();
        return closes;
    }

    /** KRW per USD: the latest rate, else the newest daily bar's close; empty when the market has none. */
    Optional<BigDecimal> usdKrw() {
        return jdbc.sql("SELECT price FROM latest_price WHERE symbol = ? AND kind = 'FX'")
                .param(USD_KRW)
                .query(BigDecimal.class)
                .optional()
                .or(() -> jdbc.sql("SELECT close_price FROM daily_bar WHERE symbol = ? AND kind = 'FX'"
                                + " ORDER BY trading_date DESC LIMIT 1")
                        .param(USD_KRW)
                        .query(BigDecimal.class)
                        .optional())
                .map(MarketSnapshot::plain);
    }

    /** The Korean name of each of {@code codes} the universe lists. */
    Map<String, String> koreanNames(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT code, name_kr FROM stock WHERE code IN (:codes)")
                .param("codes", List.copyOf(codes))
                .query((rs, row) ->
                        names.put(rs.getString("code"), rs.getString("name_kr").strip()))
                .list();
        return names;
    }

    /** The column's fixed scale pads prices with zeros; show them as the source gave them. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
