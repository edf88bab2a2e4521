package dev.ollass.ingestor.live;

import dev.ollass.ingestor.IngestorSettings;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.circuitbreaker.IllegalStateTransitionException;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * One source's manners, all Resilience4j: a rate limit spreading its requests evenly over the hour, a
 * bulkhead on requests in flight, a circuit breaker (opened by a failure rate over its last ten calls,
 * or by a single 429 where the source blocks rather than throttles), and retries with exponential
 * back-off and jitter on 429s, 5xx answers, timeouts and broken answers. Each attempt asks the breaker,
 * then the limiter, then the bulkhead, so a retry is limited like any request.
 */
public final class SourceGuard {

    private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(1);

    /** Below a consumer's {@code max.poll.interval.ms} (5 minutes): a longer wait is a pause instead. */
    private static final Duration LONGEST_PERMIT_WAIT = Duration.ofMinutes(2);

    private final String name;
    private final LiveHttp http;
    private final boolean openOn429;
    private final CircuitBreaker breaker;
    private final RateLimiter limiter;
    private final Bulkhead bulkhead;
    private final Retry retry;

    SourceGuard(
            String name,
            IngestorSettings.Source settings,
            LiveHttp http,
            CircuitBreakerRegistry breakers,
            RateLimiterRegistry limiters,
            BulkheadRegistry bulkheads,
            RetryRegistry retries) {
        this.name = name;
        this.http = http;
        this.openOn429 = settings.openOn429();
        this.breaker = breakers.circuitBreaker(
                name,
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(settings.openFor())
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .recordExceptions(IOException.class)
                        .build());
        this.limiter = limiters.rateLimiter(name, limiterConfig(settings));
        this.bulkhead = bulkheads.bulkhead(
                name,
                BulkheadConfig.custom()
                        .maxConcurrentCalls(settings.maxConcurrent())
                        .maxWaitDuration(LONGEST_PERMIT_WAIT)
                        .build());
        this.retry = retries.retry(
                name,
                RetryConfig.custom()
                        .maxAttempts(settings.maxAttempts())
                        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                                settings.firstBackoff(), 2.0, 0.5, LONGEST_BACKOFF))
                        .retryExceptions(IOException.class)
                        .ignoreExceptions(
                                CallNotPermittedException.class, RequestNotPermitted.class, BulkheadFullException.class)
                        .build());
    }

    /**
     * Requests per hour as an even pace: one permit every {@code 3600 s / n} up to one an second, more
     * per second beyond (a limit lifted for a benchmark).
     */
    static RateLimiterConfig limiterConfig(IngestorSettings.Source settings) {
        int perHour = Math.max(1, settings.requestsPerHour());
        int perPeriod = perHour <= 3600 ? 1 : (perHour + 3599) / 3600;
        Duration period = perHour <= 3600 ? Duration.ofMillis(3_600_000L / perHour) : Duration.ofSeconds(1);
        Duration wait =
                period.multipliedBy(2L * Math.max(1, settings.maxConcurrent())).plusSeconds(1);
        return RateLimiterConfig.custom()
                .limitForPeriod(perPeriod)
                .limitRefreshPeriod(period)
                .timeoutDuration(wait.compareTo(LONGEST_PERMIT_WAIT) > 0 ? LONGEST_PERMIT_WAIT : wait)
                .build();
    }

    public String name() {
        return name;
    }

    public CircuitBreaker.State state() {
        return breaker.getState();
    }

    /**
     * GETs {@code uri} with this source's manners. An answer other than a 429 or a 5xx is returned
     * whatever its status (a 404 carries Yahoo's error, which its parser rejects with its reason).
     *
     * @param attempts counts the HTTP requests made
     * @throws SourceUnavailable the circuit is open, or no permit came in time: nothing was asked
     * @throws IOException every try failed; a {@link FailedAnswer} holds the last 429 or 5xx answer
     */
    public LiveHttp.Answer get(URI uri, int[] attempts) throws SourceUnavailable, IOException, InterruptedException {
        CheckedSupplier<LiveHttp.Answer> once = () -> {
            attempts[0]++;
            LiveHttp.Answer answer = http.get(uri);
            if (answer.isTooManyRequests() && openOn429) {
                open();
            }
            if (answer.isTooManyRequests() || answer.isServerError()) {
                throw new FailedAnswer(answer);
            }
            return answer;
        };
        CheckedSupplier<LiveHttp.Answer> guarded = Retry.decorateCheckedSupplier(
                retry,
                CircuitBreaker.decorateCheckedSupplier(
                        breaker,
                        RateLimiter.decorateCheckedSupplier(
                                limiter, Bulkhead.decorateCheckedSupplier(bulkhead, once))));
        try {
            return guarded.get();
        } catch (CallNotPermittedException | RequestNotPermitted | BulkheadFullException e) {
            throw new SourceUnavailable(name, e);
        } catch (IOException | InterruptedException | RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private void open() {
        try {
            breaker.transitionToOpenState();
        } catch (IllegalStateTransitionException alreadyOpen) {
            // Another request's 429 opened it first.
        }
    }
}
