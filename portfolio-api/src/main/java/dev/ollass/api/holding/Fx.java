package dev.ollass.api.holding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * USDKRW rates of a valuation, looked up once per date, and the conversion of an amount into the
 * three currencies of an {@link Amount}. Says in the notes when a rate is carried forward or assumed.
 */
final class Fx {

    private final MarketHistory market;
    private final Set<String> notes;
    private final Map<LocalDate, BigDecimal> byDate = new HashMap<>();
    private final BigDecimal latest;

    Fx(MarketHistory market, Set<String> notes) {
        this.market = market;
        this.notes = notes;
        this.latest = market.latestUsdKrw().map(MarketHistory.FxRate::rate).orElseGet(() -> {
            notes.add("no USDKRW rate known: " + Valuation.FALLBACK_USD_KRW
                    + " KRW per USD assumed, as the original did");
            return Valuation.FALLBACK_USD_KRW;
        });
    }

    /** KRW per USD now. */
    BigDecimal latest() {
        return latest;
    }

    /** KRW per USD on {@code date}: that day's, else the latest earlier one, else the latest. */
    BigDecimal on(LocalDate date) {
        return byDate.computeIfAbsent(date, this::lookUp);
    }

    private BigDecimal lookUp(LocalDate date) {
        var found = market.usdKrw(date);
        if (found.isEmpty()) {
            notes.add("no USDKRW rate on or before " + date + ": the latest rate used");
            return latest;
        }
        if (!found.get().date().equals(date)) {
            notes.add(
                    "USDKRW of " + date + " carried forward from " + found.get().date());
        }
        return found.get().rate();
    }

    /** {@code value} in {@code currency}, in the stock's currency, KRW and USD at {@code rate}. */
    static Amount amount(BigDecimal value, Currency currency, Currency stockCurrency, BigDecimal rate) {
        BigDecimal krw = currency == Currency.KRW ? value : value.multiply(rate);
        BigDecimal usd = currency == Currency.USD ? value : value.divide(rate, MathContext.DECIMAL64);
        return new Amount(stockCurrency == Currency.KRW ? krw : usd, krw, usd);
    }

    /** {@code value} in {@code from} converted to {@code to} at {@code rate}. */
    static BigDecimal convert(BigDecimal value, Currency from, Currency to, BigDecimal rate) {
        if (from == to) {
            return value;
        }
        return to == Currency.KRW ? value.multiply(rate) : value.divide(rate, MathContext.DECIMAL64);
    }
}
