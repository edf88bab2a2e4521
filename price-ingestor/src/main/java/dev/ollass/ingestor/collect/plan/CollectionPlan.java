package dev.ollass.ingestor.collect.plan;

import dev.ollass.ingestor.naver.price.CurrentPrices;
import dev.ollass.ingestor.yahoo.chart.DailyTicks;
import dev.ollass.ingestor.yahoo.quote.QuotePrices;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The original's collection jobs (spec §8.1), per market and in the market's own zone, after its
 * close rather than at fixed Seoul times: Korean bars at 16:30 in Seoul (the close is 15:30), US bars
 * at 17:00 in New York (close 16:00), each market's indices ten minutes later, dividends overnight
 * (Yahoo's chart with {@code events=div,split} over a year), exchange rates after New York's day, and
 * Korean current prices and index levels from Naver every hour at :20, US current prices from Yahoo's
 * quote API every hour at :15 (as the original), in batches of tickers. The daily bars reach back a
 * week, as the original's did, so a day missed once is filled by the next run anyway.
 */
public final class CollectionPlan {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static final int BARS_DAYS_BACK = 7;
    static final int DIVIDENDS_DAYS_BACK = 400;

    private CollectionPlan() {}

    /**
     * @param korea the Korean stocks as Yahoo knows them ({@code 005930.KS}) and as Naver does ({@code
     *     005930}), in the same order
     * @param usTickers the US stocks as Yahoo knows them ({@code BRK-B})
     * @param fxTickers exchange rates as Yahoo knows them ({@code KRW=X})
     */
    public static List<MarketJob> of(Korea korea, List<String> usTickers, List<String> fxTickers) {
        return of(korea, usTickers, fxTickers, DEFAULT_QUOTE_BATCH);
    }

    /** Tickers in one request for US current prices, unless told otherwise. */
    public static final int DEFAULT_QUOTE_BATCH = 50;

    /**
     * @param quoteBatch how many US tickers one current-price request asks for
     */
    public static List<MarketJob> of(Korea korea, List<String> usTickers, List<String> fxTickers, int quoteBatch) {
        String yahoo = DailyTicks.SOURCE;
        List<MarketJob> jobs = new ArrayList<>();
        if (!korea.yahooTickers().isEmpty()) {
            jobs.add(new MarketJob(
                    "KR", "daily-bars", SEOUL, weekdaysAt(16, 30), yahoo, BARS_DAYS_BACK, true, korea.yahooTickers()));
            jobs.add(new MarketJob(
                    "KR",
                    "dividends",
                    SEOUL,
                    everyDayAt(1, 0),
                    yahoo,
                    DIVIDENDS_DAYS_BACK,
                    true,
                    korea.yahooTickers()));
            List<String> polled = new ArrayList<>(korea.naverCodes());
            polled.addAll(List.of("KOSPI", "KOSDAQ"));
            jobs.add(new MarketJob(
                    "KR", "current-prices", SEOUL, JobTime.hourlyAt(20), CurrentPrices.SOURCE, 0, false, polled));
        }
        jobs.add(new MarketJob(
                "KR", "indices", SEOUL, weekdaysAt(16, 40), yahoo, BARS_DAYS_BACK, true, List.of("^KS11", "^KQ11")));
        if (!usTickers.isEmpty()) {
            jobs.add(new MarketJob(
                    "US", "daily-bars", NEW_YORK, weekdaysAt(17, 0), yahoo, BARS_DAYS_BACK, true, usTickers));
            jobs.add(new MarketJob(
                    "US", "dividends", NEW_YORK, everyDayAt(2, 0), yahoo, DIVIDENDS_DAYS_BACK, true, usTickers));
            jobs.add(new MarketJob(
                    "US",
                    "current-prices",
                    NEW_YORK,
                    JobTime.hourlyAt(15),
                    QuotePrices.SOURCE,
                    0,
                    false,
                    batches(usTickers, quoteBatch)));
        }
        jobs.add(new MarketJob(
                "US",
                "indices",
                NEW_YORK,
                weekdaysAt(17, 10),
                yahoo,
                BARS_DAYS_BACK,
                true,
                List.of("^GSPC", "^IXIC", "^DJI")));
        if (!fxTickers.isEmpty()) {
            jobs.add(new MarketJob(
                    "FX", "fx", ZoneOffset.UTC, weekdaysAt(22, 30), yahoo, BARS_DAYS_BACK, true, fxTickers));
        }
        return List.copyOf(jobs);
    }

    /** The tickers in comma-separated batches of at most {@code size}, in their order. */
    static List<String> batches(List<String> tickers, int size) {
        int each = Math.max(1, size);
        List<String> batches = new ArrayList<>();
        for (int start = 0; start < tickers.size(); start += each) {
            batches.add(String.join(",", tickers.subList(start, Math.min(tickers.size(), start + each))));
        }
        return batches;
    }

    private static JobTime weekdaysAt(int hour, int minute) {
        return JobTime.daily(LocalTime.of(hour, minute), JobTime.WEEKDAYS);
    }

    private static JobTime everyDayAt(int hour, int minute) {
        return JobTime.daily(LocalTime.of(hour, minute), JobTime.EVERY_DAY);
    }

    /** Korean stocks under both names: Yahoo's tickers and Naver's codes, in the same order. */
    public record Korea(List<String> yahooTickers, List<String> naverCodes) {

        public Korea {
            yahooTickers = List.copyOf(yahooTickers);
            naverCodes = List.copyOf(naverCodes);
        }
    }
}
