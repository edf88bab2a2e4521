package dev.ollass.projector.symbol;

import dev.ollass.contracts.market.ListedStock;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code stock} table of the {@code market} schema: upserted by code ({@code INSERT ... ON
 * DUPLICATE KEY UPDATE ... VALUES()}, which MariaDB and MySQL 8 both accept), so replaying the
 * symbols topic from any offset leaves the same rows.
 */
@Repository
class StockTable {

    private static final String UPSERT = """
            INSERT INTO stock (code, name_kr, name_en, country, market_index, yahoo_ticker, source, observed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE name_kr = VALUES(name_kr), name_en = VALUES(name_en), country = VALUES(country),
                market_index = VALUES(market_index), yahoo_ticker = VALUES(yahoo_ticker), source = VALUES(source),
                observed_at = VALUES(observed_at)
            """;

    private final JdbcTemplate jdbc;

    StockTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(Collection<ListedStock> stocks) {
        jdbc.batchUpdate(UPSERT, stocks, stocks.size(), StockTable::bind);
    }

    void delete(Collection<String> codes) {
        jdbc.batchUpdate("DELETE FROM stock WHERE code = ?", codes, codes.size(), (ps, code) -> ps.setString(1, code));
    }

    private static void bind(PreparedStatement ps, ListedStock stock) throws SQLException {
        ps.setString(1, stock.code());
        ps.setString(2, stock.nameKr());
        ps.setString(3, stock.nameEn());
        ps.setString(4, stock.country());
        ps.setString(5, stock.market());
        ps.setString(6, stock.yahooTicker());
        ps.setString(7, stock.source());
        // UTC wall time in a DATETIME, whatever the session time zone.
        ps.setObject(8, LocalDateTime.ofInstant(stock.observedAt(), ZoneOffset.UTC));
    }
}
