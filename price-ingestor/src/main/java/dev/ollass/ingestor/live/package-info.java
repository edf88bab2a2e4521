/**
 * The live sources: Yahoo's chart API and Naver's pages fetched over HTTP by a polite client (a
 * browser's User-Agent, one cookie jar, timeouts, HTTP/2 where offered, gzip), each source behind its
 * own rate limit, retries, circuit breaker and bulkhead (Resilience4j). What a source answers is read
 * by its {@link dev.ollass.ingestor.source.MarketSource} and published by {@link
 * dev.ollass.ingestor.publish.IngestPublisher}, as an upload is.
 */
@NullMarked
package dev.ollass.ingestor.live;

import org.jspecify.annotations.NullMarked;
