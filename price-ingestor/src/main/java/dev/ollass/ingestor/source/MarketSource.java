package dev.ollass.ingestor.source;

/**
 * One source of market data: Yahoo's chart, Naver's polling answer, Naver's daily price page. A
 * source only reads; it never throws for bad input, which becomes rejections in the batch.
 */
public interface MarketSource {

    /** The {@code source} of the events it yields and the {@code source} tag of the ingest counters. */
    String name();

    /** What the payload yielded, and what of it could not be used. */
    SourceBatch parse(SourcePayload payload);
}
