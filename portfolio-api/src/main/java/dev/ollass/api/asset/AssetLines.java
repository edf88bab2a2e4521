package dev.ollass.api.asset;

import dev.ollass.api.asset.AssetLine.Kind;
import dev.ollass.api.database.PortfolioDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code asset_line} table. Every query names the owner: a line of another user is not found, the same
 * as a line that does not exist.
 */
@Repository
class AssetLines {

    private static final String COLUMNS = "id, user_id, kind, stock_code, trade_date, trade, quantity, trade_price,"
            + " purchase_currency_type, account_type, investment_bank, fee, memo";

    private final JdbcClient jdbc;

    AssetLines(@PortfolioDatabase JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the user's row until the transaction ends, so that one user's writes run one after another: a
     * sell checked against the holding cannot race an edit of the buy it rests on. False when the user is gone.
     */
    boolean lockOwner(long userId) {
        return jdbc.sql("SELECT id FROM `user` WHERE id = ? FOR UPDATE")
                .param(userId)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    AssetLine insert(AssetLine line) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO asset_line (user_id, kind, stock_code, trade_date, trade, quantity, trade_price,
                                                purchase_currency_type, account_type, investment_bank, fee, memo)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        line.userId(),
                        line.kind().name(),
                        line.stockCode(),
                        line.tradeDate(),
                        line.trade(),
                        line.quantity(),
                        line.tradePrice(),
                        line.currency(),
                        line.accountType(),
                        line.investmentBank(),
                        line.fee(),
                        line.memo())
                .update(keys, "id");
        return line.withId(keys.getKeyAs(Number.class).longValue());
    }

    void update(AssetLine line) {
        jdbc.sql("""
                        UPDATE asset_line SET stock_code = ?, trade_date = ?, trade = ?, quantity = ?, trade_price = ?,
                               purchase_currency_type = ?, account_type = ?, investment_bank = ?, fee = ?, memo = ?
                        WHERE id = ? AND user_id = ?
                        """)
                .params(
                        line.stockCode(),
                        line.tradeDate(),
                        line.trade(),
                        line.quantity(),
                        line.tradePrice(),
                        line.currency(),
                        line.accountType(),
                        line.investmentBank(),
                        line.fee(),
                        line.memo(),
                        line.id(),
                        line.userId())
                .update();
    }

    Optional<AssetLine> find(long userId, long id, Kind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM asset_line WHERE id = ? AND user_id = ? AND kind = ?")
                .params(id, userId, kind.name())
                .query(AssetLines::line)
                .optional();
    }

    /** The user's lines of one kind, newest id first. */
    List<AssetLine> of(long userId, Kind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM asset_line WHERE user_id = ? AND kind = ? ORDER BY id DESC")
                .params(userId, kind.name())
                .query(AssetLines::line)
                .list();
    }

    /** All the user's lines, newest id first. */
    List<AssetLine> all(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM asset_line WHERE user_id = ? ORDER BY id DESC")
                .param(userId)
                .query(AssetLines::line)
                .list();
    }

    /** The user's trades of one stock, oldest id first. */
    List<AssetLine> trades(long userId, String stockCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM asset_line WHERE user_id = ? AND kind = 'TRADE' AND stock_code = ?"
                        + " ORDER BY id")
                .params(userId, stockCode)
                .query(AssetLines::line)
                .list();
    }

    boolean delete(long userId, long id, Kind kind) {
        return jdbc.sql("DELETE FROM asset_line WHERE id = ? AND user_id = ? AND kind = ?")
                        .params(id, userId, kind.name())
                        .update()
                > 0;
    }

    /** Ids of the user's trades of one stock, deleted. */
    List<Long> deleteTrades(long userId, String stockCode) {
        List<Long> ids = jdbc.sql(
                        "SELECT id FROM asset_line WHERE user_id = ? AND kind = 'TRADE' AND stock_code = ? ORDER BY id")
                .params(userId, stockCode)
                .query(Long.class)
                .list();
        if (!ids.isEmpty()) {
            jdbc.sql("DELETE FROM asset_line WHERE user_id = ? AND kind = 'TRADE' AND stock_code = ?")
                    .params(userId, stockCode)
                    .update();
        }
        return ids;
    }

    /** A row of {@link #COLUMNS}, read by position (by name, the driver looks each label up: 130,000 per table). */
    private static AssetLine line(ResultSet rs, int row) throws SQLException {
        return new AssetLine(
                rs.getLong(1),
                rs.getLong(2),
                Kind.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getString(6),
                Decimals.plain(rs.getBigDecimal(7)),
                Decimals.plain(rs.getBigDecimal(8)),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                Decimals.plain(rs.getBigDecimal(12)),
                rs.getString(13));
    }
}
