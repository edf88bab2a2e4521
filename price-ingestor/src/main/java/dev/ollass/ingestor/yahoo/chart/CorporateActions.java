package dev.ollass.ingestor.yahoo.chart;

import static dev.ollass.ingestor.yahoo.chart.RejectReason.INVALID_CORPORATE_ACTION;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.ingestor.yahoo.chart.ChartParseResult.Rejection;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a series' {@code events} into {@link CorporateAction}s: a dividend's ex-date in the
 * exchange's zone, its amount and currency; a split's date and its ratio as whole numbers. An event
 * that lacks its date, or whose amount or ratio is missing or not positive, is rejected with the
 * event itself as the raw payload: a wrong ratio would multiply every holding by it.
 */
final class CorporateActions {

    /** A ratio larger than this is not a split any market has seen; it is a broken field. */
    private static final BigInteger LARGEST_RATIO_TERM = BigInteger.valueOf(1_000_000);

    private CorporateActions() {}

    /**
     * @param symbol the stock code users know
     * @param ticker Yahoo's ticker, named in the rejections
     * @param currency the series' currency, that of a dividend Yahoo names none for
     */
    static void read(
            Chart.Events events,
            String symbol,
            String ticker,
            String currency,
            ZoneId zone,
            Instant observedAt,
            List<CorporateAction> actions,
            List<Rejection> rejections) {
        for (Chart.Dividend dividend : events.dividends()) {
            LocalDate exDate = dividend.date() != null ? ExchangeDates.of(dividend.date(), zone) : null;
            String problem = exDate == null ? "no date, or one out of range" : problem(dividend.amount());
            String dividendCurrency = dividend.currency() != null ? dividend.currency() : currency;
            if (problem != null) {
                rejections.add(new Rejection(
                        INVALID_CORPORATE_ACTION,
                        ticker + " dividend: " + problem,
                        "{\"symbol\":" + JsonText.string(ticker) + ",\"dividend\":{\"date\":" + dividend.date()
                                + ",\"amount\":" + JsonText.number(dividend.amount()) + ",\"currency\":"
                                + JsonText.string(dividend.currency()) + "}}"));
                continue;
            }
            actions.add(new CorporateAction(
                    symbol,
                    CorporateAction.Type.DIVIDEND,
                    exDate,
                    dividend.amount(),
                    dividendCurrency,
                    null,
                    null,
                    DailyTicks.SOURCE,
                    observedAt));
        }
        for (Chart.Split split : events.splits()) {
            int[] ratio = ratio(split.numerator(), split.denominator());
            LocalDate date = split.date() != null ? ExchangeDates.of(split.date(), zone) : null;
            if (date == null || ratio.length == 0) {
                rejections.add(new Rejection(
                        INVALID_CORPORATE_ACTION,
                        ticker + " split: "
                                + (date == null
                                        ? "no date, or one out of range"
                                        : "numerator and denominator must be positive and at most " + LARGEST_RATIO_TERM
                                                + " in lowest terms"),
                        "{\"symbol\":" + JsonText.string(ticker) + ",\"split\":{\"date\":" + split.date()
                                + ",\"numerator\":" + JsonText.number(split.numerator()) + ",\"denominator\":"
                                + JsonText.number(split.denominator()) + "}}"));
                continue;
            }
            actions.add(new CorporateAction(
                    symbol,
                    CorporateAction.Type.SPLIT,
                    date,
                    null,
                    null,
                    ratio[0],
                    ratio[1],
                    DailyTicks.SOURCE,
                    observedAt));
        }
    }

    private static @Nullable String problem(@Nullable BigDecimal amount) {
        return amount == null || amount.signum() <= 0 ? "the amount must be a positive number" : null;
    }

    /**
     * The split's ratio in lowest whole terms ({@code 1.1 : 1} is {@code 11 : 10}), or an empty
     * array when either term is missing, not positive, or too large to be a real split.
     */
    private static int[] ratio(@Nullable BigDecimal numerator, @Nullable BigDecimal denominator) {
        if (numerator == null || denominator == null || numerator.signum() <= 0 || denominator.signum() <= 0) {
            return new int[0];
        }
        // Before any arithmetic: a term like 1E+999999999 would take the converter forever.
        if (integerDigits(numerator) > 7 || integerDigits(denominator) > 7) {
            return new int[0];
        }
        int scale = Math.max(
                numerator.stripTrailingZeros().scale(),
                denominator.stripTrailingZeros().scale());
        if (scale > 6) {
            return new int[0];
        }
        BigInteger n = numerator.movePointRight(Math.max(scale, 0)).toBigIntegerExact();
        BigInteger d = denominator.movePointRight(Math.max(scale, 0)).toBigIntegerExact();
        BigInteger gcd = n.gcd(d);
        n = n.divide(gcd);
        d = d.divide(gcd);
        if (n.compareTo(LARGEST_RATIO_TERM) > 0 || d.compareTo(LARGEST_RATIO_TERM) > 0) {
            return new int[0];
        }
        return new int[] {n.intValueExact(), d.intValueExact()};
    }

    private static int integerDigits(BigDecimal value) {
        return value.precision() - value.scale();
    }
}
