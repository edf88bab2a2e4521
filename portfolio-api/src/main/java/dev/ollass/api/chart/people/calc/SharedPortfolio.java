package dev.ollass.api.chart.people.calc;

import dev.ollass.api.chart.market.calc.Share;
import dev.ollass.api.chart.market.calc.Shares;
import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.Holding;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a consenting user shares: by nickname, the percentage of each stock they hold in the current KRW value
 * of their holdings (the holdings calculation's, sells included), and nothing else: no amount, quantity,
 * price, date or id leaves this class.
 *
 * @param shares largest first; a stock sold out takes no share
 * @param missing codes held without any price (left out of the shares), and {@code USDKRW} when a US stock is
 *     held and no dollar rate is known (its value then rests on the holdings calculation's assumed rate)
 */
public record SharedPortfolio(String nickname, List<Share> shares, List<String> missing) {

    public SharedPortfolio {
        shares = List.copyOf(shares);
        missing = List.copyOf(missing);
    }

    /** The shares of {@code holdings}; {@code usdKrwKnown} whether the market has any dollar rate. */
    public static SharedPortfolio of(String nickname, List<Holding> holdings, boolean usdKrwKnown) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        TreeSet<String> missing = new TreeSet<>();
        for (Holding holding : holdings) {
            if (!holding.held()) {
                continue;
            }
            if (holding.price() == null) {
                missing.add(holding.code());
                continue;
            }
            if (holding.currency() == Currency.USD && !usdKrwKnown) {
                missing.add("USDKRW");
            }
            values.merge(holding.code(), holding.marketValue().krw(), BigDecimal::add);
        }
        return new SharedPortfolio(nickname, Shares.of(values), List.copyOf(missing));
    }

    /** Whether there is anything to show. */
    public boolean isEmpty() {
        return shares.isEmpty();
    }
}
