package dev.ollass.api.chart.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ollass.api.chart.market.calc.Share;
import java.math.BigDecimal;
import java.util.List;

/**
 * One portfolio of {@code rich-portfolio} or {@code people-portfolio}, as the original's shape: a name and
 * the percentage of each stock code, nothing else.
 *
 * @param name the investor's slug or the user's nickname
 */
public record PortfolioShares(String name, List<Slice> data) {

    /** A stock code's share of the portfolio's current value, in percent (2 decimals). */
    public record Slice(
            String name, @JsonProperty("percent_ratio") BigDecimal percentRatio) {}

    /** The wire shape of {@code shares}. */
    public static PortfolioShares of(String name, List<Share> shares) {
        return new PortfolioShares(
                name,
                shares.stream()
                        .map(share -> new Slice(share.code(), share.percent()))
                        .toList());
    }
}
