package dev.ollass.api.holding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the holdings calculation needs of the market data, for the stocks of one portfolio. Prices and
 * dividends are split-adjusted as of their download, that is in today's share units; the split table
 * is what turns a quantity traded before a split into today's units. An adapter loads everything a
 * portfolio needs at once and answers these calls from memory.
 */
public interface MarketHistory extends SplitTable {

    /** The stock's currency and country, or empty when the market data does not know the code. */
    Optional<Stock> stock(String code);

    /** The stock's daily bar of the exchange-local {@code date}, or empty when there is none (holiday, gap). */
    Optional<Bar> bar(String code, LocalDate date);

    /** The stock's latest price with the trading date it belongs to, or empty when there is none. */
    Optional<Quote> latestPrice(String code);

    /** The stock's dividends, oldest ex-date first; amounts per today's share, in the stock's currency. */
    List<DividendPaid> dividends(String code);

    /**
     * The USDKRW rate (KRW per one USD) of {@code date}, or of the latest earlier date that has one
     * (the answer carries the date it belongs to); empty when none is that old.
     */
    Optional<FxRate> usdKrw(LocalDate date);

    /** The latest USDKRW rate with its date, or empty when there is none. */
    Optional<FxRate> latestUsdKrw();

    /**
     * A stock as the market data knows it.
     *
     * @param country the original's country name ({@code Korea}, {@code USA})
     */
    record Stock(String code, Currency currency, String country) {}

    /**
     * One daily bar, split-adjusted as of its download (today's share units), in the stock's currency.
     * {@code close} is the price a trade without price takes.
     */
    record Bar(LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long volume) {}

    /** The latest price of a stock (today's share units) and the exchange-local date it belongs to. */
    record Quote(BigDecimal price, LocalDate date) {}

    /** A dividend: cash per today's share, in the stock's currency, paid to holders before {@code exDate}. */
    record DividendPaid(LocalDate exDate, BigDecimal amountPerShare) {}

    /**
     * An exchange rate: {@code rate} KRW per one USD, as of {@code date}.
     */
    record FxRate(LocalDate date, BigDecimal rate) {}
}
