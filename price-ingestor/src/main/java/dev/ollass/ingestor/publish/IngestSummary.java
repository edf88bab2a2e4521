package dev.ollass.ingestor.publish;

/** How much of one input became ticks and how much was rejected. */
public record IngestSummary(String origin, int ticks, int rejects) {}
