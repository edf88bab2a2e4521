package dev.ollass.api.chart.personal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the charts read of the projector's market tables beyond the holdings' data (read-only, one query per
 * kind): the stocks' Korean names, their daily closes over a window, KOSPI's closes and latest level.
 */
@Component
class ChartMarketReader {

    static final String KOSPI = "KS11";

    private final JdbcClient jdbc;

    ChartMarketReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> names(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("SELECT code, name_kr FROM stock WHERE code IN (:codes)")
                    .param("codes", List.copyOf(codes))
                    .query((rs, row) -> names.put(rs.getString("code"), rs.getString("name_kr")))
                    .list();
        }
        return names;
    }

    /** The daily closes of {@code codes} from {@code from} to {@code to}, per code. */
    Map<String, NavigableMap<LocalDate, BigDecimal>> closes(Collection<String> codes, LocalDate from, LocalDate to) {
        Map<String, NavigableMap<LocalDate, BigDecimal>> closes = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("""
                            SELECT symbol, trading_date, close_price FROM daily_bar
                            WHERE symbol IN (:codes) AND kind = 'STOCK' AND trading_date BETWEEN :from AND :to
                            """)
                    .param("codes", List.copyOf(codes))
                    .param("from", from)
                    .param("to", to)
                    .query((rs, row) -> closes.computeIfAbsent(rs.getString("symbol"), c -> new TreeMap<>())
                            .put(rs.getObject("trading_date", LocalDate.class), rs.getBigDecimal("close_price")))
                    .list();
        }
        return closes;
    }

    /** KOSPI's closes from {@code from} to {@code to}, and its latest level on its date when that is newer. */
    NavigableMap<LocalDate, BigDecimal> kospi(LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, BigDecimal> levels = new TreeMap<>();
        jdbc.sql("""
                        SELECT trading_date, close_price FROM daily_bar
                        WHERE symbol = :index AND kind = 'INDEX' AND trading_date BETWEEN :from AND :to
                        """)
                .param("index", KOSPI)
                .param("from", from)
                .param("to", to)
                .query((rs, row) ->
                        levels.put(rs.getObject("trading_date", LocalDate.class), rs.getBigDecimal("close_price")))
                .list();
        jdbc.sql("""
                        SELECT trading_date, price FROM latest_price
                        WHERE symbol = :index AND kind = 'INDEX' AND trading_date BETWEEN :from AND :to
                        """)
                .param("index", KOSPI)
                .param("from", from)
                .param("to", to)
                .query((rs, row) ->
                        levels.putIfAbsent(rs.getObject("trading_date", LocalDate.class), rs.getBigDecimal("price")))
                .list();
        return levels;
    }
}
