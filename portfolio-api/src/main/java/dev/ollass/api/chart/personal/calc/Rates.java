package dev.ollass.api.chart.personal.calc;

import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.MarketHistory;
import dev.ollass.api.holding.Valuation;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * KRW per USD on a date as the holdings calculation takes it: that day's rate, else the latest earlier one
 * (a day without a rate is carried forward), else the latest, else the original's 1400.
 */
final class Rates {

    private final MarketHistory market;
    private final BigDecimal latest;
    private final boolean known;

    Rates(MarketHistory market) {
        this.market = market;
        var newest = market.latestUsdKrw();
        this.known = newest.isPresent();
        this.latest = newest.map(MarketHistory.FxRate::rate).orElse(Valuation.FALLBACK_USD_KRW);
    }

    /** Whether the market has any USDKRW rate at all. */
    boolean known() {
        return known;
    }

    BigDecimal latest() {
        return latest;
    }

    BigDecimal on(LocalDate date) {
        return market.usdKrw(date).map(MarketHistory.FxRate::rate).orElse(latest);
    }

    /** {@code amount} in {@code currency} as KRW at the rate of {@code date}. */
    BigDecimal krw(BigDecimal amount, Currency currency, LocalDate date) {
        return currency == Currency.KRW ? amount : amount.multiply(on(date));
    }

    /** {@code amount} in {@code currency} as KRW at the latest rate. */
    BigDecimal krwNow(BigDecimal amount, Currency currency) {
        return currency == Currency.KRW ? amount : amount.multiply(latest);
    }
}
