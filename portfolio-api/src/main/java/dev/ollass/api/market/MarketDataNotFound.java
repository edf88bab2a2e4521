package dev.ollass.api.market;

/** The projections hold nothing for this symbol. */
public class MarketDataNotFound extends RuntimeException {

    public MarketDataNotFound(String code) {
        super("No market data for " + code + ".");
    }
}
