package dev.ollass.api.asset;

import dev.ollass.api.holding.SplitTable;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The projector's split table (read-only), all a sell check needs of the market. */
@Component
class MarketSplits implements SplitTable {

    private final JdbcClient jdbc;

    MarketSplits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Split> splits(String code) {
        return jdbc.sql("SELECT ex_date, numerator, denominator FROM split WHERE symbol = ? ORDER BY ex_date")
                .param(code)
                .query((rs, row) -> new Split(
                        rs.getObject("ex_date", LocalDate.class), rs.getInt("numerator"), rs.getInt("denominator")))
                .list();
    }
}
