/**
 * Collection that runs by itself: fetch requests on {@code market.fetch-requests.v1}, done by the
 * ingestors' one consumer group with the live sources, each recorded on {@code market.fetches-done.v1}
 * once what it yielded is acknowledged; the markets' schedules and the start-up catch-up that publish
 * them. On only with {@code ollass.ingestor.live.enabled}.
 */
@NullMarked
package dev.ollass.ingestor.collect;

import org.jspecify.annotations.NullMarked;
