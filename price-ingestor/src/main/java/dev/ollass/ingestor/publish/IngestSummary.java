package dev.ollass.ingestor.publish;

/** How much of one input became ticks and corporate actions, and how much was rejected. */
public record IngestSummary(String origin, int ticks, int rejects, int actions) {

    /** An input without corporate actions. */
    public IngestSummary(String origin, int ticks, int rejects) {
        this(origin, ticks, rejects, 0);
    }
}
