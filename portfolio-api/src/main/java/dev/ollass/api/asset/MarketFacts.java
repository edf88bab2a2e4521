package dev.ollass.api.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the asset endpoints check against the chart projector's tables (read-only): whether a stock is known,
 * its name and country, whether it has a bar on a date, the latest dollar rate.
 */
@Component
class MarketFacts {

    static final String USD_KRW = "USDKRW";

    private final JdbcClient jdbc;

    MarketFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stock of the universe. */
    record Stock(String code, String nameKr, String nameEn, String country) {

        boolean korean() {
            return "Korea".equals(country);
        }

        String currency() {
            return korean() ? "KRW" : "USD";
        }

        /** Where its trading dates are dates. */
        ZoneId exchangeZone() {
            return korean() ? ZoneId.of("Asia/Seoul") : ZoneId.of("America/New_York");
        }
    }

    Optional<Stock> stock(String code) {
        return jdbc.sql("SELECT code, name_kr, name_en, country FROM stock WHERE code = ?")
                .param(code)
                .query(Stock.class)
                .optional();
    }

    Map<String, Stock> stocks(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT code, name_kr, name_en, country FROM stock WHERE code IN (:codes)")
                .param("codes", List.copyOf(codes))
                .query(Stock.class)
                .list()
                .stream()
                .collect(Collectors.toMap(Stock::code, Function.identity()));
    }

    boolean hasBar(String code, LocalDate date) {
        return jdbc.sql("SELECT 1 FROM daily_bar WHERE symbol = ? AND kind = 'STOCK' AND trading_date = ?")
                .params(code, date)
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    /** Won per dollar, as last projected; empty before any rate arrived. */
    Optional<BigDecimal> latestWonPerDollar() {
        return jdbc.sql("SELECT price FROM latest_price WHERE symbol = ? AND kind = 'FX'")
                .param(USD_KRW)
                .query(BigDecimal.class)
                .optional()
                .or(() -> jdbc.sql("SELECT close_price FROM daily_bar WHERE symbol = ? AND kind = 'FX'"
                                + " ORDER BY trading_date DESC LIMIT 1")
                        .param(USD_KRW)
                        .query(BigDecimal.class)
                        .optional());
    }
}
