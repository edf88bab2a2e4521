package dev.ollass.ingestor.live;

import dev.ollass.ingestor.IngestorSettings;
import dev.ollass.ingestor.naver.NaverDailyPriceSource;
import dev.ollass.ingestor.naver.NaverPollingSource;
import dev.ollass.ingestor.publish.IngestPublisher;
import dev.ollass.ingestor.yahoo.YahooChartSource;
import dev.ollass.ingestor.yahoo.YahooQuoteSource;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live sources' client and their guards, one per source, whose state is exported as Micrometer
 * metrics ({@code resilience4j.circuitbreaker.state}, {@code resilience4j.ratelimiter.available.permissions},
 * {@code resilience4j.retry.calls}, {@code resilience4j.bulkhead.available.concurrent.calls}, tagged
 * with the source's name). Built whether or not the live sources are on: nothing is asked until a
 * fetch request is done.
 */
@Configuration(proxyBeanMethods = false)
class LiveSourcesConfig {

    @Bean
    LiveFetcher liveFetcher(
            IngestorSettings settings,
            MeterRegistry meters,
            YahooChartSource yahoo,
            YahooQuoteSource quotes,
            NaverPollingSource polling,
            NaverDailyPriceSource dailyPrices,
            IngestPublisher publisher,
            Clock clock) {
        IngestorSettings.Live live = settings.live();
        LiveHttp http = new LiveHttp(live);
        var breakers = CircuitBreakerRegistry.ofDefaults();
        var limiters = RateLimiterRegistry.ofDefaults();
        var bulkheads = BulkheadRegistry.ofDefaults();
        var retries = RetryRegistry.ofDefaults();
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRateLimiterMetrics.ofRateLimiterRegistry(limiters).bindTo(meters);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        Map<String, SourceGuard> guards = Map.of(
                YahooChartSource.NAME,
                new SourceGuard(YahooChartSource.NAME, live.yahoo(), http, breakers, limiters, bulkheads, retries),
                NaverPollingSource.NAME,
                new SourceGuard(
                        NaverPollingSource.NAME, live.naverPolling(), http, breakers, limiters, bulkheads, retries),
                NaverDailyPriceSource.NAME,
                new SourceGuard(
                        NaverDailyPriceSource.NAME, live.naver(), http, breakers, limiters, bulkheads, retries));
        return new LiveFetcher(guards, live, yahoo, quotes, polling, dailyPrices, publisher, clock);
    }
}
