package dev.ollass.api.asset;

import dev.ollass.api.ProjectorSchema;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small market as the chart projector's sinks write it, in its own schema (created by the projector's own
 * migrations, read from its module, so the two cannot drift): AAPL (split 4:1 on 2020-08-31, a dividend),
 * Samsung Electronics, the dollar rate; real closes of the recorded history.
 */
final class AssetMarket {

    static final String SCHEMA = "market_asset_test";

    private AssetMarket() {}

    static synchronized void seed() {
        var projector = ProjectorSchema.fresh(SCHEMA);
        JdbcClient sql = JdbcClient.create(projector);
        sql.sql("""
                        INSERT INTO stock (code, name_kr, name_en, country, market_index, yahoo_ticker, source, observed_at)
                        VALUES ('AAPL', '애플', 'Apple Inc.', 'USA', 'NASDAQ', 'AAPL', 'test', '2021-04-16 00:00:00'),
                               ('005930', '삼성전자', 'Samsung Electronics', 'Korea', 'KOSPI', '005930.KS', 'test',
                                '2021-04-16 00:00:00')
                        """).update();
        bar(sql, "AAPL", "STOCK", "2019-06-03", "43.325", "USD");
        bar(sql, "AAPL", "STOCK", "2020-11-02", "108.77", "USD");
        bar(sql, "AAPL", "STOCK", "2021-04-15", "134.50", "USD");
        bar(sql, "AAPL", "STOCK", "2021-04-16", "134.16", "USD");
        bar(sql, "005930", "STOCK", "2020-03-16", "48900", "KRW");
        bar(sql, "005930", "STOCK", "2021-04-16", "83900", "KRW");
        bar(sql, "USDKRW", "FX", "2019-06-03", "1182.00", "KRW");
        bar(sql, "USDKRW", "FX", "2020-03-16", "1226.00", "KRW");
        bar(sql, "USDKRW", "FX", "2020-11-02", "1135.00", "KRW");
        bar(sql, "USDKRW", "FX", "2021-04-15", "1117.50", "KRW");
        bar(sql, "USDKRW", "FX", "2021-04-16", "1116.92", "KRW");
        sql.sql("""
                        INSERT INTO latest_price (symbol, kind, price, currency, trading_date, exchange_time_zone,
                                                  source, observed_at)
                        VALUES ('AAPL', 'STOCK', 134.16, 'USD', '2021-04-16', 'America/New_York', 'test',
                                '2021-04-16 21:00:00'),
                               ('005930', 'STOCK', 83900, 'KRW', '2021-04-16', 'Asia/Seoul', 'test',
                                '2021-04-16 07:00:00'),
                               ('USDKRW', 'FX', 1116.92, 'KRW', '2021-04-16', 'Europe/London', 'test',
                                '2021-04-16 21:00:00')
                        """).update();
        sql.sql("""
                        INSERT INTO split (symbol, ex_date, numerator, denominator, source, observed_at)
                        VALUES ('AAPL', '2020-08-31', 4, 1, 'test', '2020-09-01 00:00:00')
                        """).update();
        sql.sql("""
                        INSERT INTO dividend (symbol, ex_date, amount, currency, source, observed_at)
                        VALUES ('AAPL', '2020-11-06', 0.205, 'USD', 'test', '2020-11-07 00:00:00')
                        """).update();
    }

    private static void bar(JdbcClient sql, String symbol, String kind, String date, String close, String currency) {
        sql.sql("""
                        INSERT INTO daily_bar (symbol, kind, trading_date, currency, open_price, high_price, low_price,
                                               close_price, adj_close_price, volume, source, observed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1000, 'test', '2021-04-16 21:00:00')
                        """)
                .params(symbol, kind, java.time.LocalDate.parse(date), currency, close, close, close, close, close)
                .update();
    }
}
