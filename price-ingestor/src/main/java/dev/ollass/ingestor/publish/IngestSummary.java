package dev.ollass.ingestor.publish;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How much of one input became ticks, corporate actions and current prices, and how much was rejected. */
public record IngestSummary(
        String origin,
        int ticks,
        int rejects,
        int actions,
        @JsonProperty("current_prices") int currentPrices) {

    /** An input without current prices. */
    public IngestSummary(String origin, int ticks, int rejects, int actions) {
        this(origin, ticks, rejects, actions, 0);
    }

    /** An input without corporate actions or current prices. */
    public IngestSummary(String origin, int ticks, int rejects) {
        this(origin, ticks, rejects, 0, 0);
    }
}
