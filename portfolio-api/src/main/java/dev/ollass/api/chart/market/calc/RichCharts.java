package dev.ollass.api.chart.market.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The famous investors' charts ({@code rich-portfolio}, {@code rich-pick}) from their reported holdings (US
 * tickers and share counts) and the market's latest prices, all in USD.
 *
 * <p>What the original got wrong and this does not: a ticker without a latest price is left out of the shares
 * and named (it raised or counted as zero); a pick without a bar on the buy date gets a rate of 0 and is named
 * (the original's lookup raised: HTTP 500); a portfolio worth nothing is an empty list (it divided by zero).
 */
public final class RichCharts {

    /** How many picks {@code rich-pick} shows, as the original. */
    public static final int PICKS = 10;

    /** The original's dollar rate when none is known (as the holdings calculation assumes). */
    public static final BigDecimal FALLBACK_USD_KRW = new BigDecimal("1400");

    /** The code {@code Ollass-Missing-Data} names when no dollar rate is known. */
    public static final String USD_KRW = "USDKRW";

    private RichCharts() {}

    /** A famous investor's holdings: share count by US ticker. */
    public record Investor(String slug, Map<String, BigDecimal> holdings) {

        public Investor {
            holdings = Map.copyOf(holdings);
        }
    }

    /** The market as the rich charts need it, in USD. */
    public record Market(
            Map<String, BigDecimal> latestPrices,
            Map<String, BigDecimal> buyDateCloses,
            Map<String, String> koreanNames,
            @Nullable BigDecimal usdKrw) {

        public Market {
            latestPrices = Map.copyOf(latestPrices);
            buyDateCloses = Map.copyOf(buyDateCloses);
            koreanNames = Map.copyOf(koreanNames);
        }
    }

    /** One investor's shares, largest first. */
    public record InvestorShares(String slug, List<Share> shares) {}

    /**
     * One pick.
     *
     * @param name the stock's Korean name, else its code
     * @param priceKrw the latest price × the dollar rate, 2 decimals
     * @param rate the latest price against the close of the buy date, in percent (2 decimals); 0 without that close
     */
    public record Pick(String code, String name, BigDecimal priceKrw, BigDecimal rate) {}

    /** A chart and the codes it lacked data for (sorted). */
    public record Result<T>(List<T> chart, List<String> missing) {}

    /**
     * Each investor's shares of their current value, in the order given; an investor none of whose tickers has a
     * price is left out.
     */
    public static Result<InvestorShares> portfolios(List<Investor> investors, Market market) {
        TreeSet<String> missing = new TreeSet<>();
        List<InvestorShares> chart = new ArrayList<>();
        for (Investor investor : investors) {
            List<Share> shares = Shares.of(values(investor.holdings(), market, missing));
            if (!shares.isEmpty()) {
                chart.add(new InvestorShares(investor.slug(), shares));
            }
        }
        return new Result<>(chart, List.copyOf(missing));
    }

    /**
     * The {@value #PICKS} codes with the largest share of all investors' value together, largest first, priced
     * in KRW, with their rate since the buy date.
     */
    public static Result<Pick> picks(List<Investor> investors, Market market) {
        TreeSet<String> missing = new TreeSet<>();
        Map<String, BigDecimal> combined = new LinkedHashMap<>();
        for (Investor investor : investors) {
            values(investor.holdings(), market, missing)
                    .forEach((code, value) -> combined.merge(code, value, BigDecimal::add));
        }
        BigDecimal usdKrw = market.usdKrw();
        if (usdKrw == null) {
            usdKrw = FALLBACK_USD_KRW;
            missing.add(USD_KRW);
        }
        List<Pick> picks = new ArrayList<>();
        for (Share share : Shares.of(combined).stream().limit(PICKS).toList()) {
            String code = share.code();
            BigDecimal price = market.latestPrices().get(code);
            BigDecimal bought = market.buyDateCloses().get(code);
            BigDecimal rate;
            if (bought == null || bought.signum() == 0) {
                missing.add(code);
                rate = BigDecimal.ZERO.setScale(Shares.PERCENT_SCALE);
            } else {
                rate = Shares.percent(price.subtract(bought), bought);
            }
            picks.add(new Pick(
                    code,
                    market.koreanNames().getOrDefault(code, code),
                    price.multiply(usdKrw).setScale(Shares.PERCENT_SCALE, RoundingMode.HALF_EVEN),
                    rate));
        }
        return new Result<>(picks, List.copyOf(missing));
    }

    /** Share count × latest price of each ticker that has a price; the others go to {@code missing}. */
    private static Map<String, BigDecimal> values(
            Map<String, BigDecimal> holdings, Market market, TreeSet<String> missing) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        holdings.forEach((code, count) -> {
            BigDecimal price = market.latestPrices().get(code);
            if (price == null) {
                missing.add(code);
            } else {
                values.put(code, count.multiply(price));
            }
        });
        return values;
    }
}
