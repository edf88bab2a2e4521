package dev.ollass.ingestor.live;

import dev.ollass.contracts.collect.FetchDone;
import dev.ollass.contracts.collect.FetchRequest;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.ingestor.IngestorSettings;
import dev.ollass.ingestor.naver.NaverDailyPriceSource;
import dev.ollass.ingestor.naver.NaverPollingSource;
import dev.ollass.ingestor.publish.IngestPublisher;
import dev.ollass.ingestor.publish.IngestSummary;
import dev.ollass.ingestor.source.MarketSource;
import dev.ollass.ingestor.source.SourceBatch;
import dev.ollass.ingestor.source.SourcePayload;
import dev.ollass.ingestor.yahoo.YahooChartSource;
import dev.ollass.ingestor.yahoo.YahooQuoteSource;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does one fetch request: asks its live source, through the source's {@link SourceGuard}, for the
 * symbol's dates, reads each answer with the source's {@link MarketSource} and publishes what it
 * yielded with {@link IngestPublisher}, rows it could not use as rejects. When every try failed (5xx,
 * timeouts, broken answers) the request ends in one reject naming why, with what was received. Only
 * an open circuit (or no permit) leaves it undone: {@link SourceUnavailable}, to be done again later.
 */
public final class LiveFetcher {

    /** Reasons of the rejects of a fetch that never got a usable answer. */
    public static final String SERVER_ERROR = "SOURCE_SERVER_ERROR";

    public static final String RATE_LIMITED = "SOURCE_RATE_LIMITED";
    public static final String TIMEOUT = "SOURCE_TIMEOUT";
    public static final String BROKEN_ANSWER = "SOURCE_BROKEN_ANSWER";

    /** Yahoo would not open a session for its quote API: {@code getcrumb} answered no crumb. */
    public static final String REFUSED = "SOURCE_REFUSED";

    /** Naver shows ten trading days a page; enough pages for a range, and a bound on a runaway one. */
    private static final int DAYS_A_PAGE = 10;

    private static final int MOST_PAGES = 1_000;

    private static final Logger log = LoggerFactory.getLogger(LiveFetcher.class);

    private final Map<String, SourceGuard> guards;
    private final IngestorSettings.Live settings;
    private final YahooChartSource yahoo;
    private final YahooQuoteSource quotes;
    private final YahooCrumb crumb;
    private final NaverPollingSource polling;
    private final NaverDailyPriceSource dailyPrices;
    private final IngestPublisher publisher;
    private final Clock clock;

    public LiveFetcher(
            Map<String, SourceGuard> guards,
            IngestorSettings.Live settings,
            YahooChartSource yahoo,
            YahooQuoteSource quotes,
            NaverPollingSource polling,
            NaverDailyPriceSource dailyPrices,
            IngestPublisher publisher,
            Clock clock) {
        this.guards = Map.copyOf(guards);
        this.settings = settings;
        this.yahoo = yahoo;
        this.quotes = quotes;
        this.crumb = new YahooCrumb(settings.yahooCookieUrl(), settings.yahoo().baseUrl());
        this.polling = polling;
        this.dailyPrices = dailyPrices;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The sources this fetcher knows, by name. */
    public static List<String> sources() {
        return List.of(
                YahooChartSource.NAME, YahooQuoteSource.NAME, NaverPollingSource.NAME, NaverDailyPriceSource.NAME);
    }

    /** Fetches and publishes what {@code request} asks for; returns what it ended in, published. */
    public FetchDone fetch(FetchRequest request) throws SourceUnavailable, InterruptedException {
        Tally tally = new Tally(request);
        switch (request.source()) {
            case YahooChartSource.NAME -> page(tally, yahoo, yahooChart(request), null);
            case YahooQuoteSource.NAME -> yahooQuotes(tally, request);
            case NaverPollingSource.NAME -> page(tally, polling, naverPolling(request), null);
            case NaverDailyPriceSource.NAME -> dailyPricePages(tally, request);
            default -> {
                return tally.done(FetchDone.Outcome.SKIPPED, "no live source is named " + request.source(), clock);
            }
        }
        return tally.done(null, null, clock);
    }

    private URI yahooChart(FetchRequest request) {
        // Yahoo keeps a daily bar at the session's opening time, which is the day before in UTC east of
        // it (Sydney opens at 23:00 UTC in summer): a day on either side, then every bar it names.
        long from = request.from().minusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long to = request.to().plusDays(2).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        return URI.create(settings.yahoo().baseUrl() + "/v8/finance/chart/" + encode(request.symbol()) + "?period1="
                + from + "&period2=" + to + "&interval=1d&events=div%2Csplit");
    }

    /**
     * Current prices of a batch of tickers ({@code AAPL,MSFT}, the request's symbol) from Yahoo's v7
     * quote API, under Yahoo's guard (the chart's rate limit and circuit), with the session's crumb; a
     * 401 (Yahoo's {@code Invalid Crumb}) renews the crumb and asks once more. The crumb is not in the
     * origin the rejects name.
     */
    private void yahooQuotes(Tally tally, FetchRequest request) throws SourceUnavailable, InterruptedException {
        SourceGuard guard = guards.get(YahooChartSource.NAME);
        String quoteUrl = settings.yahoo().baseUrl() + "/v7/finance/quote?symbols=" + encode(request.symbol());
        page(tally, quotes, URI.create(quoteUrl), request.symbol(), attempts -> {
            String used = crumb.crumb(guard, attempts);
            LiveHttp.Answer answer = guard.get(URI.create(quoteUrl + "&crumb=" + encode(used)), attempts);
            if (answer.status() == UNAUTHORIZED) {
                String renewed = crumb.renewed(used, guard, attempts);
                answer = guard.get(URI.create(quoteUrl + "&crumb=" + encode(renewed)), attempts);
            }
            return answer;
        });
    }

    private static final int UNAUTHORIZED = 401;

    private URI naverPolling(FetchRequest request) {
        String symbol = request.symbol();
        String query = symbol.equals("KOSPI") || symbol.equals("KOSDAQ") ? "SERVICE_INDEX:" : "SERVICE_ITEM:";
        return URI.create(
                settings.naverPolling().baseUrl() + "/api/realtime?query=" + encode(query + request.symbol()));
    }

    /** Pages of ten trading days, newest first, until one reaches back to the range's first date. */
    private void dailyPricePages(Tally tally, FetchRequest request) throws SourceUnavailable, InterruptedException {
        long days = ChronoUnit.DAYS.between(request.from(), LocalDate.now(clock)) + 1;
        long pages = Math.min(MOST_PAGES, Math.max(1, days / DAYS_A_PAGE + 2));
        for (int page = 1; page <= pages; page++) {
            URI uri = URI.create(settings.naver().baseUrl() + "/item/sise_day.naver?code=" + encode(request.symbol())
                    + "&page=" + page);
            SourceBatch batch = page(tally, dailyPrices, uri, request.symbol());
            if (batch == null
                    || batch.ticks().isEmpty()
                    || batch.ticks().stream().map(PriceTick::tradingDate).anyMatch(d -> !d.isAfter(request.from()))) {
                return;
            }
        }
    }

    /** One page: fetched, read, published; null when no usable answer came (its reject is published). */
    private @Nullable SourceBatch page(Tally tally, MarketSource source, URI uri, @Nullable String code)
            throws SourceUnavailable, InterruptedException {
        SourceGuard guard = guards.get(source.name());
        return page(tally, source, uri, code, attempts -> guard.get(uri, attempts));
    }

    /** How one answer is asked for; counts its HTTP requests in {@code attempts}. */
    @FunctionalInterface
    private interface Ask {
        LiveHttp.Answer answer(int[] attempts) throws SourceUnavailable, IOException, InterruptedException;
    }

    private @Nullable SourceBatch page(Tally tally, MarketSource source, URI uri, @Nullable String code, Ask ask)
            throws SourceUnavailable, InterruptedException {
        LiveHttp.Answer answer;
        try {
            answer = ask.answer(tally.attempts);
        } catch (YahooCrumb.NoCrumb refused) {
            LiveHttp.Answer last = refused.answer();
            published(tally, source, uri, reject(REFUSED, refused.getMessage(), text(last)));
            return null;
        } catch (FailedAnswer failed) {
            LiveHttp.Answer last = failed.answer();
            String reason = last.isTooManyRequests() ? RATE_LIMITED : SERVER_ERROR;
            published(
                    tally,
                    source,
                    uri,
                    reject(reason, "HTTP " + last.status() + " after " + tally.attempts[0] + " tries", text(last)));
            return null;
        } catch (HttpTimeoutException e) {
            published(
                    tally, source, uri, reject(TIMEOUT, "no answer in time after " + tally.attempts[0] + " tries", e));
            return null;
        } catch (IOException e) {
            published(
                    tally,
                    source,
                    uri,
                    reject(BROKEN_ANSWER, "a broken answer after " + tally.attempts[0] + " tries", e));
            return null;
        }
        log.debug("{} answered {} over {}", uri, answer.status(), answer.version());
        SourceBatch batch =
                source.parse(new SourcePayload(uri.toString(), answer.body(), answer.charset(), code, clock.instant()));
        published(tally, source, uri, batch);
        return batch;
    }

    private static String text(LiveHttp.Answer answer) {
        return new String(answer.body(), answer.charset() == null ? StandardCharsets.UTF_8 : answer.charset());
    }

    private void published(Tally tally, MarketSource source, URI uri, SourceBatch batch) {
        tally.add(publisher.publish(source.name(), uri.toString(), batch), batch);
    }

    private static SourceBatch reject(String reasonCode, String reason, String raw) {
        return new SourceBatch(
                List.of(), List.of(), List.of(), List.of(new SourceBatch.Rejection(reasonCode, reason, raw)));
    }

    private static SourceBatch reject(String reasonCode, String reason, Exception e) {
        return reject(reasonCode, reason + ": " + e, String.valueOf(e.getMessage()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What the pages of one request yielded, added up. */
    private static final class Tally {

        private final FetchRequest request;
        private final int[] attempts = {0};
        private final Map<String, Integer> rejects = new TreeMap<>();
        private int ticks;
        private int actions;
        private int currentPrices;
        private int pages;

        Tally(FetchRequest request) {
            this.request = request;
        }

        void add(IngestSummary summary, SourceBatch batch) {
            pages++;
            ticks += summary.ticks();
            actions += summary.actions();
            currentPrices += summary.currentPrices();
            batch.rejections().forEach(r -> rejects.merge(r.reasonCode(), 1, Integer::sum));
        }

        FetchDone done(FetchDone.@Nullable Outcome outcome, @Nullable String detail, Clock clock) {
            FetchDone.Outcome ended = outcome != null
                    ? outcome
                    : ticks + actions + currentPrices == 0 && !rejects.isEmpty()
                            ? FetchDone.Outcome.REJECTED
                            : FetchDone.Outcome.FETCHED;
            String said = detail != null
                    ? detail
                    : pages + " answer(s): " + ticks + " ticks, " + actions + " corporate actions, " + currentPrices
                            + " current prices, rejects " + rejects;
            return new FetchDone(
                    request.id(),
                    request.runKey(),
                    request.symbol(),
                    request.source(),
                    ended,
                    ticks,
                    actions,
                    currentPrices,
                    rejects,
                    pages,
                    attempts[0],
                    said,
                    clock.instant());
        }
    }
}
