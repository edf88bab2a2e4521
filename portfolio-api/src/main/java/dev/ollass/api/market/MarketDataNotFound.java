package dev.ollass.api.market;

/** The projections hold nothing for this symbol. */
public class MarketDataNotFound extends RuntimeException {

    private final String code;

    public MarketDataNotFound(String code) {
        super("No market data for " + code + ".");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
