package dev.ollass.api.holding;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A cash movement the user recorded: a deposit, withdrawal, dividend received or tax.
 *
 * @param amount a positive amount in {@code currency}; the type says in which direction it moved
 * @param code the stock it belongs to (a dividend's or a tax's), or {@code null}
 */
public record CashFlow(
        long id,
        CashFlowType type,
        LocalDate date,
        BigDecimal amount,
        Currency currency,
        @Nullable String code) {}
