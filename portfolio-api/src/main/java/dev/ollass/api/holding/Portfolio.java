package dev.ollass.api.holding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's portfolio valued on {@code asOf}.
 *
 * @param holdings one per stock with at least one complete transaction, in the order of their first
 *     transaction; a stock sold out stays (with its realized profit) with quantity 0
 * @param rows the computed columns of each complete, valued transaction, by its id (an unmodifiable
 *     view of the map given)
 * @param wonExchange {@code won_exchange}: the latest USDKRW rate (KRW per USD)
 * @param dollarExchange {@code dollar_exchange}: 1 / {@code wonExchange} (USD per KRW)
 * @param notes why a value may surprise: transactions left out, rates carried forward, stale prices
 */
public record Portfolio(
        LocalDate asOf,
        List<Holding> holdings,
        Map<Long, RowValues> rows,
        Totals totals,
        BigDecimal wonExchange,
        BigDecimal dollarExchange,
        List<String> notes) {

    public Portfolio {
        holdings = List.copyOf(holdings);
        rows = Collections.unmodifiableMap(rows); // a view, not a copy: 10,000 rows are common
        notes = List.copyOf(notes);
    }

    /** The holding of {@code code}, if any complete transaction of it was valued. */
    public Optional<Holding> holding(String code) {
        return holdings.stream().filter(h -> h.code().equals(code)).findFirst();
    }

    /** The computed columns of transaction {@code id}, if it is complete and was valued. */
    public Optional<RowValues> row(long id) {
        return Optional.ofNullable(rows.get(id));
    }
}
