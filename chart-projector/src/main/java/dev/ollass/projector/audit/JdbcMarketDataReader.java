package dev.ollass.projector.audit;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.SuspectReason;
import dev.ollass.projector.audit.rules.MarketDataReader;
import dev.ollass.projector.audit.rules.StoredPoint;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads which daily bars exist from the {@code daily_bar} table, for the audit only. */
@Component
class JdbcMarketDataReader implements MarketDataReader {

    private final JdbcClient jdbc;

    JdbcMarketDataReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StoredPoint> points(InstrumentKind kind, Collection<String> codes, LocalDate from, LocalDate to) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT symbol, trading_date, suspect_reasons FROM daily_bar
                        WHERE kind = :kind AND symbol IN (:codes) AND trading_date BETWEEN :from AND :to
                        """)
                .param("kind", kind.name())
                .param("codes", codes)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new StoredPoint(
                        rs.getString("symbol"),
                        kind,
                        rs.getObject("trading_date", LocalDate.class),
                        reasons(rs.getString("suspect_reasons"))))
                .list();
    }

    private static List<SuspectReason> reasons(@Nullable String column) {
        return column == null || column.isBlank()
                ? List.of()
                : Arrays.stream(column.split(",")).map(SuspectReason::valueOf).toList();
    }
}
