package dev.ollass.api.market;

import dev.ollass.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The projections hold nothing for this symbol. */
public class MarketDataNotFound extends ProblemException {

    public MarketDataNotFound(String code) {
        super(
                HttpStatus.NOT_FOUND,
                "market-data-not-found",
                "Market data not found",
                "No market data for " + code + ".",
                "code");
    }
}
