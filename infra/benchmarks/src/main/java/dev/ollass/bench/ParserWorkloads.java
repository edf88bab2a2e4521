package dev.ollass.bench;

import dev.ollass.ingestor.naver.NaverDailyPriceParser;
import dev.ollass.ingestor.naver.NaverPollingParser;
import dev.ollass.ingestor.naver.price.NaverParseResult;
import dev.ollass.ingestor.yahoo.YahooChartParser;
import dev.ollass.ingestor.yahoo.chart.ChartParseResult;
import java.time.Instant;
import java.util.List;

/**
 * One pass of a parser over every recorded response of its source, counting the records it yields
 * (ticks, corporate actions, current prices and rejections: everything that would be published).
 * The JMH benchmarks time these passes; the report multiplies passes/s by the records of one pass.
 */
final class ParserWorkloads {

    static final Instant OBSERVED = Instant.parse("2026-12-01T12:00:00Z");

    private static final YahooChartParser YAHOO = new YahooChartParser();
    private static final NaverPollingParser POLLING = new NaverPollingParser();
    private static final NaverDailyPriceParser DAILY = new NaverDailyPriceParser();

    private ParserWorkloads() {}

    static int yahooCharts(List<String> bodies) {
        int records = 0;
        for (String body : bodies) {
            ChartParseResult result = YAHOO.parse(body, OBSERVED);
            records += result.ticks().size()
                    + result.actions().size()
                    + result.rejections().size();
        }
        return records;
    }

    static int naverPolling(List<Fixtures.Response> answers, List<String> bodies) {
        int records = 0;
        for (int i = 0; i < bodies.size(); i++) {
            // The file name says which endpoint answered: SERVICE_ITEM (stocks) or SERVICE_INDEX (KOSPI, KOSDAQ).
            NaverParseResult result = answers.get(i).name().contains("SERVICE_INDEX")
                    ? POLLING.parseIndices(bodies.get(i), OBSERVED)
                    : POLLING.parseItems(bodies.get(i), OBSERVED);
            records += count(result);
        }
        return records;
    }

    static int naverDailyPages(List<Fixtures.Response> pages) {
        int records = 0;
        for (Fixtures.Response page : pages) {
            records += count(DAILY.parse(page.body(), page.declaredCharset(), "005930", OBSERVED));
        }
        return records;
    }

    private static int count(NaverParseResult result) {
        return result.ticks().size()
                + result.currentPrices().size()
                + result.rejections().size();
    }
}
