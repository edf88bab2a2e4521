package dev.ollass.ingestor.live;

import static dev.ollass.ingestor.live.StandInServer.Reply;
import static dev.ollass.ingestor.live.StandInServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ollass.contracts.collect.FetchDone;
import dev.ollass.contracts.collect.FetchRequest;
import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.IngestRejected;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.ingestor.IngestorSettings;
import dev.ollass.ingestor.TopicRecords;
import dev.ollass.ingestor.naver.NaverDailyPriceSource;
import dev.ollass.ingestor.naver.NaverPollingSource;
import dev.ollass.ingestor.publish.IngestPublisher;
import dev.ollass.ingestor.source.SourcePayload;
import dev.ollass.ingestor.yahoo.YahooChartSource;
import dev.ollass.ingestor.yahoo.YahooQuoteSource;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The live clients against a local stand-in for Yahoo's and Naver's hosts, publishing on the real
 * local stack: a recorded answer (gzipped, as the hosts send it) becomes ticks and corporate actions;
 * 5xx answers, slow answers, bodies cut short and changed layouts end in a reject with the reason; a
 * Yahoo 429 opens the circuit at once, and the request is done once it closes. Each test has its own
 * guards (a fresh circuit), with timeouts and back-offs in milliseconds.
 */
@UsesLocalStack
@SpringBootTest(properties = "ollass.ingestor.publish-symbols-on-start=false")
class LiveSourcesOnTheLocalStackTest {

    private static final String AAPL_CHART = "yahoo/chart-v8_AAPL_1d_2020-08-31_2020-11-07_dividend+split.body.json";
    private static final String SISE_DAY = "naver/sise_day_005930_page1_2026-09-14.euc-kr.html";
    private static final String POLLING = "naver/polling-realtime_SERVICE_ITEM_005930_close_2020-11-04.json";
    private static final String MULTI_QUOTE = "yahoo/quote-v7_AAPL,MSFT_multi.raw.json";
    private static final String JSON = "application/json;charset=utf-8";
    private static final Duration OPEN_FOR = Duration.ofMillis(600);

    private static final StandInServer STAND_IN = new StandInServer();

    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stopTheStandIn() {
        STAND_IN.close();
    }

    @Autowired
    IngestPublisher publisher;

    @Autowired
    YahooChartSource yahoo;

    @Autowired
    YahooQuoteSource quotes;

    @Autowired
    NaverPollingSource polling;

    @Autowired
    NaverDailyPriceSource dailyPrices;

    @Autowired
    MeterRegistry meters;

    private final String symbol =
            "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String chartPath = "/v8/finance/chart/" + symbol;
    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();

    @Test
    void publishesTheRecordedChartYahooSendsGzippedAsTicksAndCorporateActions() throws Exception {
        byte[] chart = fixture(AAPL_CHART);
        STAND_IN.on(chartPath, Reply.ok(chart, "application/json;charset=utf-8"));
        var recorded = yahoo.parse(new SourcePayload("fixture", chart, null, null, Instant.now()));

        FetchDone done = fetcher().fetch(request(YahooChartSource.NAME, LocalDate.of(2020, 8, 31)));

        assertThat(done.outcome()).isEqualTo(FetchDone.Outcome.FETCHED);
        assertThat(done.ticks()).isEqualTo(recorded.ticks().size()).isPositive();
        assertThat(done.actions()).isEqualTo(2);
        assertThat(done.attempts()).isOne();
        StandInServer.Received asked = STAND_IN.received(chartPath).getFirst();
        assertThat(asked.userAgent()).startsWith("Mozilla/5.0");
        assertThat(asked.acceptEncoding()).isEqualTo("gzip");
        long dayBefore = LocalDate.of(2020, 8, 30).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        assertThat(asked.uri().getQuery()).contains("period1=" + dayBefore, "interval=1d", "events=div,split");
    }

    @Test
    void retriesA500AndPublishesTheAnswerThatFollows() throws Exception {
        STAND_IN.on(
                chartPath,
                Reply.status(500, "busy"),
                Reply.status(503, "busy"),
                Reply.ok(fixture(AAPL_CHART), "application/json"));

        FetchDone done = fetcher().fetch(request(YahooChartSource.NAME, LocalDate.of(2020, 8, 31)));

        assertThat(done.outcome()).isEqualTo(FetchDone.Outcome.FETCHED);
        assertThat(done.attempts()).isEqualTo(3);
        assertThat(done.rejects()).isEmpty();
    }

    @Test
    void endsInARejectWithTheServersAnswerWhenEveryTryGetsA500() throws Exception {
        STAND_IN.on(chartPath, Reply.status(500, "upstream exploded"));

        FetchDone done = fetcher().fetch(request(YahooChartSource.NAME, LocalDate.of(2020, 8, 31)));

        assertThat(done.outcome()).isEqualTo(FetchDone.Outcome.REJECTED);
        assertThat(done.rejects()).isEqualTo(Map.of(LiveFetcher.SERVER_ERROR, 1));
        assertThat(done.attempts()).isEqualTo(3);
        IngestRejected reject = rejectOf(chartPath);
        assertThat(reject.reasonCode()).isEqualTo(LiveFetcher.SERVER_ERROR);
        assertThat(reject.reason()).contains("HTTP 500 after 3 tries");
        assertThat(reject.rawPayload()).isEqualTo("upstream exploded");
    }

    @Test
    void anAnswerSlowerThanTheTimeoutEndsInATimeoutReject() throws Exception {
        STAND_IN.on(chartPath, Reply.ok(fixture(AAPL_CHART), "application/json").after(Duration.ofSeconds(2)));

        FetchDone done = fetcher().fetch(request(YahooChartSource.NAME, LocalDate.of(2020, 8, 31)));

        assertThat(done.rejects()).isEqualTo(Map.of(LiveFetcher.TIMEOUT, 1));
        assertThat(rejectOf(chartPath).reasonCode()).isEqualTo(LiveFetcher.TIMEOUT);
    }

    @Test
    void aBodyCutShortEndsInABrokenAnswerReject() throws Exception {
        STAND_IN.on(chartPath, Reply.ok(fixture(AAPL_CHART), "application/json").cutAfter(200));

        FetchDone done = fetcher().fetch(request(YahooChartSource.NAME, LocalDate.of(2020, 8, 31)));

        assertThat(done.outcome()).isEqualTo(FetchDone.Outcome.REJECTED);
        assertThat(done.rejects()).isEqualTo(Map.of(LiveFetcher.BROKEN_ANSWER, 1));
    }

    @Test
    void aChangedLayoutIsRejectedByTheParserWithItsReasonAndTheAnswer() throws Exception {
        String changed = "{\"chartV9\":{\"result\":[]}}";
        STAND_IN.on(chartPath, Reply.ok(changed.getBytes(StandardCharsets.UTF_8), "application/json"));

        FetchDone done = fetcher().fetch(request(YahooChartSource.NAME, LocalDate.of(2020, 8, 31)));

        assertThat(done.outcome()).isEqualTo(FetchDone.Outcome.REJECTED);
        assertThat(done.rejects()).isEqualTo(Map.of("UNEXPECTED_SHAPE", 1));
        assertThat(done.attempts()).isOne();
        assertThat(rejectOf(chartPath).rawPayload()).isEqualTo(changed);
    }

    @Test
    void aYahoo429OpensTheCircuitAtOnceAndTheRequestIsDoneOnceItCloses() throws Exception {
        STAND_IN.on(
                chartPath, Reply.status(429, "Too Many Requests"), Reply.ok(fixture(AAPL_CHART), "application/json"));
        LiveFetcher fetcher = fetcher();
        FetchRequest request = request(YahooChartSource.NAME, LocalDate.of(2020, 8, 31));

        assertThatThrownBy(() -> fetcher.fetch(request)).isInstanceOf(SourceUnavailable.class);
        assertThat(breakers.circuitBreaker(YahooChartSource.NAME).getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> fetcher.fetch(request)).isInstanceOf(SourceUnavailable.class);
        assertThat(STAND_IN.received(chartPath))
                .as("asked once: an open circuit asks nothing")
                .hasSize(1);

        Thread.sleep(OPEN_FOR.plusMillis(100));
        FetchDone done = fetcher.fetch(request);

        assertThat(done.outcome()).isEqualTo(FetchDone.Outcome.FETCHED);
        assertThat(STAND_IN.received(chartPath)).hasSize(2);
        assertThat(breakers.circuitBreaker(YahooChartSource.NAME).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aNaver429IsRetriedRatherThanOpeningTheCircuit() throws Exception {
        String path = "/item/sise_day.naver";
        STAND_IN.on(path, Reply.status(429, "slow down"), Reply.ok(fixture(SISE_DAY), "text/html;charset=EUC-KR"));

        FetchDone done = fetcher()
                .fetch(FetchRequest.of(
                        "test|" + symbol,
                        "005930",
                        NaverDailyPriceSource.NAME,
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 9, 14),
                        FetchRequest.FetchReason.BACKFILL,
                        Instant.now()));

        assertThat(done.outcome()).isEqualTo(FetchDone.Outcome.FETCHED);
        assertThat(done.ticks()).isEqualTo(10);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(STAND_IN.received(path).getLast().uri().getQuery()).isEqualTo("code=005930&page=1");
    }

    @Test
    void readsNaversPollingAnswerAsTheStocksCurrentPrice() throws Exception {
        STAND_IN.on("/api/realtime", Reply.ok(fixture(POLLING), "application/json;charset=EUC-KR"));

        FetchDone done = fetcher()
                .fetch(FetchRequest.of(
                        "test|" + symbol,
                        "005930",
                        NaverPollingSource.NAME,
                        LocalDate.of(2020, 11, 4),
                        LocalDate.of(2020, 11, 4),
                        FetchRequest.FetchReason.SCHEDULE,
                        Instant.now()));

        assertThat(done.currentPrices()).isOne();
        assertThat(STAND_IN.received("/api/realtime").getLast().uri().getQuery())
                .isEqualTo("query=SERVICE_ITEM:005930");
    }

    @Test
    void asksYahoosQuoteApiForABatchWithTheSessionsCookieAndCrumbAndPublishesItsCurrentPrices() throws Exception {
        Instant start = Instant.now();
        STAND_IN.yahooSession("crumb-" + symbol).on(StandInServer.QUOTE_PATH, Reply.ok(fixture(MULTI_QUOTE), JSON));
        int before = STAND_IN.paths().size();

        FetchDone done = fetcher().fetch(quotes("AAPL,MSFT,GS2C"));

        assertThat(done.outcome()).isEqualTo(FetchDone.Outcome.FETCHED);
        assertThat(done.currentPrices()).isEqualTo(2);
        assertThat(done.rejects()).as("GS2C is not in Yahoo's answer").isEqualTo(Map.of("UNKNOWN_SYMBOL", 1));
        assertThat(done.attempts()).isEqualTo(3);
        assertThat(STAND_IN.paths().subList(before, before + 3))
                .containsExactly(StandInServer.COOKIE_PATH, StandInServer.CRUMB_PATH, StandInServer.QUOTE_PATH);
        assertThat(STAND_IN.received(StandInServer.QUOTE_PATH).getLast().uri().getQuery())
                .isEqualTo("symbols=AAPL,MSFT,GS2C&crumb=crumb-" + symbol);
        CurrentPrice aapl = TopicRecords.read(
                        Topics.CURRENT_PRICES,
                        r -> r.key().equals("AAPL|STOCK")
                                && r.value().source().equals(YahooQuoteSource.NAME)
                                && !r.value().observedAt().isBefore(start))
                .getFirst()
                .value();
        assertThat(aapl.price()).isEqualByComparingTo("269.7");
        assertThat(aapl.currency()).isEqualTo("USD");
        assertThat(aapl.asOf()).isEqualTo(Instant.ofEpochSecond(1_761_768_001L));
    }

    @Test
    void aCrumbYahooRefusesIsRenewedOnceAndTheQuoteAskedAgain() throws Exception {
        STAND_IN.yahooSession("old-" + symbol).on(StandInServer.QUOTE_PATH, Reply.ok(fixture(MULTI_QUOTE), JSON));
        LiveFetcher fetcher = fetcher();
        assertThat(fetcher.fetch(quotes("AAPL,MSFT")).currentPrices()).isEqualTo(2);
        STAND_IN.yahooSession("new-" + symbol);
        int before = STAND_IN.paths().size();

        FetchDone done = fetcher.fetch(quotes("AAPL,MSFT"));

        assertThat(done.currentPrices()).isEqualTo(2);
        assertThat(done.rejects()).isEmpty();
        assertThat(done.attempts()).as("refused, cookie, crumb, asked again").isEqualTo(4);
        assertThat(STAND_IN.paths().subList(before, before + 4))
                .containsExactly(
                        StandInServer.QUOTE_PATH,
                        StandInServer.COOKIE_PATH,
                        StandInServer.CRUMB_PATH,
                        StandInServer.QUOTE_PATH);
        assertThat(STAND_IN.received(StandInServer.QUOTE_PATH).getLast().uri().getQuery())
                .endsWith("&crumb=new-" + symbol);
    }

    @Test
    void aQuoteStillRefusedWithANewCrumbEndsInYahoosErrorWithoutAskingAThirdTime() throws Exception {
        STAND_IN.yahooSession("c-" + symbol)
                .on(StandInServer.QUOTE_PATH, Reply.status(401, StandInServer.INVALID_CRUMB));
        int before = STAND_IN.received(StandInServer.QUOTE_PATH).size();

        FetchDone done = fetcher().fetch(quotes(symbol));

        assertThat(done.outcome()).isEqualTo(FetchDone.Outcome.REJECTED);
        assertThat(done.rejects()).isEqualTo(Map.of("SOURCE_ERROR", 1));
        assertThat(STAND_IN.received(StandInServer.QUOTE_PATH).size() - before).isEqualTo(2);
        IngestRejected reject = rejectOf(StandInServer.QUOTE_PATH + "?symbols=" + symbol);
        assertThat(reject.reason()).contains("Invalid Crumb");
        assertThat(reject.origin()).as("the crumb is not published").doesNotContain("crumb");
    }

    @Test
    void noCrumbFromYahooIsARefusedRejectAndNoQuoteIsAskedFor() throws Exception {
        STAND_IN.noYahooSession();
        int before = STAND_IN.received(StandInServer.QUOTE_PATH).size();

        FetchDone done = fetcher().fetch(quotes(symbol));

        assertThat(done.outcome()).isEqualTo(FetchDone.Outcome.REJECTED);
        assertThat(done.rejects()).isEqualTo(Map.of(LiveFetcher.REFUSED, 1));
        assertThat(STAND_IN.received(StandInServer.QUOTE_PATH)).hasSize(before);
        IngestRejected reject = rejectOf(StandInServer.QUOTE_PATH + "?symbols=" + symbol);
        assertThat(reject.reason()).contains("Yahoo gave no crumb: HTTP 404");
    }

    @Test
    void aYahoo429ToTheQuoteApiOpensTheCircuitItSharesWithTheChart() throws Exception {
        STAND_IN.yahooSession("c-" + symbol).on(StandInServer.QUOTE_PATH, Reply.status(429, "Too Many Requests"));
        LiveFetcher fetcher = fetcher();

        assertThatThrownBy(() -> fetcher.fetch(quotes("AAPL"))).isInstanceOf(SourceUnavailable.class);

        assertThat(breakers.circuitBreaker(YahooChartSource.NAME).getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> fetcher.fetch(request(YahooChartSource.NAME, LocalDate.of(2020, 8, 31))))
                .isInstanceOf(SourceUnavailable.class);
    }

    private FetchRequest quotes(String tickers) {
        return FetchRequest.of(
                "test|" + symbol,
                tickers,
                YahooQuoteSource.NAME,
                LocalDate.of(2025, 10, 29),
                LocalDate.of(2025, 10, 29),
                FetchRequest.FetchReason.SCHEDULE,
                Instant.now());
    }

    @Test
    void theSourcesCircuitsRateLimitsRetriesAndBulkheadsAreMetrics() {
        for (String meter : List.of(
                "resilience4j.circuitbreaker.state",
                "resilience4j.ratelimiter.available.permissions",
                "resilience4j.bulkhead.available.concurrent.calls")) {
            assertThat(meters.find(meter).tag("name", YahooChartSource.NAME).meters())
                    .as(meter)
                    .isNotEmpty();
        }
    }

    private FetchRequest request(String source, LocalDate from) {
        return FetchRequest.of(
                "test|" + symbol,
                symbol,
                source,
                from,
                from.plusMonths(2),
                FetchRequest.FetchReason.BACKFILL,
                Instant.now());
    }

    private IngestRejected rejectOf(String path) {
        String prefix = STAND_IN.baseUrl() + path + (path.contains("?") ? "" : "?");
        return TopicRecords.read(Topics.INGEST_REJECTS, r -> r.key().startsWith(prefix))
                .getFirst()
                .value();
    }

    private LiveFetcher fetcher() {
        IngestorSettings.Live settings = settings(STAND_IN.baseUrl());
        LiveHttp http = new LiveHttp(settings);
        var limiters = RateLimiterRegistry.ofDefaults();
        var bulkheads = BulkheadRegistry.ofDefaults();
        var retries = RetryRegistry.ofDefaults();
        Map<String, SourceGuard> guards = Map.of(
                YahooChartSource.NAME,
                new SourceGuard(YahooChartSource.NAME, settings.yahoo(), http, breakers, limiters, bulkheads, retries),
                NaverPollingSource.NAME,
                new SourceGuard(
                        NaverPollingSource.NAME, settings.naverPolling(), http, breakers, limiters, bulkheads, retries),
                NaverDailyPriceSource.NAME,
                new SourceGuard(
                        NaverDailyPriceSource.NAME, settings.naver(), http, breakers, limiters, bulkheads, retries));
        return new LiveFetcher(guards, settings, yahoo, quotes, polling, dailyPrices, publisher, Clock.systemUTC());
    }

    /** Limits lifted, three quick tries, one-second timeouts (a loaded machine answers slowly too): the stand-in's slow answers cost little. */
    static IngestorSettings.Live settings(String baseUrl) {
        URI base = URI.create(baseUrl);
        return new IngestorSettings.Live(
                true,
                false,
                IngestorSettings.Live.BROWSER,
                Duration.ofSeconds(1),
                Duration.ofMillis(1000),
                1,
                Duration.ofMillis(100),
                7,
                List.of(),
                List.of("KRW=X"),
                50,
                Duration.ofDays(8),
                200_000,
                URI.create(baseUrl + StandInServer.COOKIE_PATH),
                new IngestorSettings.Source(base, 3_600_000, 4, 3, Duration.ofMillis(10), true, OPEN_FOR),
                new IngestorSettings.Source(base, 3_600_000, 4, 3, Duration.ofMillis(10), false, OPEN_FOR),
                new IngestorSettings.Source(base, 3_600_000, 4, 3, Duration.ofMillis(10), false, OPEN_FOR));
    }
}
