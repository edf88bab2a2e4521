package dev.ollass.ingestor.collect.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionPlanTest {

    private static final List<MarketJob> PLAN = CollectionPlan.of(
            new CollectionPlan.Korea(List.of("005930.KS"), List.of("005930")), List.of("AAPL"), List.of("KRW=X"));

    @Test
    void collectsEachMarketsBarsAfterItsOwnCloseInItsOwnZone() {
        MarketJob korea = job("KR", "daily-bars");
        MarketJob us = job("US", "daily-bars");

        assertThat(korea.zone()).isEqualTo(CollectionPlan.SEOUL);
        assertThat(korea.time().at()).isEqualTo(LocalTime.of(16, 30));
        assertThat(korea.symbols()).containsExactly("005930.KS");
        assertThat(us.zone()).isEqualTo(CollectionPlan.NEW_YORK);
        assertThat(us.time().at()).isEqualTo(LocalTime.of(17, 0));
        assertThat(us.time().days()).isEqualTo(JobTime.WEEKDAYS);
        assertThat(us.daysBack()).isEqualTo(7);
        assertThat(us.source()).isEqualTo("yahoo-chart-v8");
    }

    @Test
    void hasTheOriginalsJobsForEachMarket() {
        assertThat(PLAN)
                .extracting(j -> j.market() + " " + j.job())
                .containsExactly(
                        "KR daily-bars",
                        "KR dividends",
                        "KR current-prices",
                        "KR indices",
                        "US daily-bars",
                        "US dividends",
                        "US current-prices",
                        "US indices",
                        "FX fx");
    }

    @Test
    void pollsKoreanStocksAndBothKoreanIndicesFromNaverEveryHourWithoutCatchingUp() {
        MarketJob prices = job("KR", "current-prices");

        assertThat(prices.source()).isEqualTo("naver-polling");
        assertThat(prices.symbols()).containsExactly("005930", "KOSPI", "KOSDAQ");
        assertThat(prices.time().hourly()).isTrue();
        assertThat(prices.catchUp()).isFalse();
    }

    @Test
    void dividendsReachBackOverAYearEveryNight() {
        assertThat(job("US", "dividends").daysBack()).isGreaterThan(365);
        assertThat(job("US", "dividends").time().days()).isEqualTo(JobTime.EVERY_DAY);
        assertThat(job("KR", "indices").symbols()).containsExactly("^KS11", "^KQ11");
        assertThat(job("FX", "fx").symbols()).containsExactly("KRW=X");
    }

    @Test
    void aMarketWithoutStocksKeepsOnlyItsIndices() {
        List<MarketJob> plan = CollectionPlan.of(new CollectionPlan.Korea(List.of(), List.of()), List.of(), List.of());

        assertThat(plan).extracting(j -> j.market() + " " + j.job()).containsExactly("KR indices", "US indices");
    }

    private static MarketJob job(String market, String name) {
        return PLAN.stream()
                .filter(j -> j.market().equals(market) && j.job().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void asksYahoosQuoteApiForUsCurrentPricesEveryHourAtAQuarterPastInBatches() {
        List<MarketJob> plan = CollectionPlan.of(
                new CollectionPlan.Korea(List.of(), List.of()), List.of("AAPL", "MSFT", "BRK-B"), List.of(), 2);
        MarketJob prices = plan.stream()
                .filter(j -> j.job().equals("current-prices"))
                .findFirst()
                .orElseThrow();

        assertThat(prices.market()).isEqualTo("US");
        assertThat(prices.source()).isEqualTo("yahoo-quote-v7");
        assertThat(prices.zone()).isEqualTo(CollectionPlan.NEW_YORK);
        assertThat(prices.time()).isEqualTo(JobTime.hourlyAt(15));
        assertThat(prices.catchUp()).isFalse();
        assertThat(prices.symbols()).containsExactly("AAPL,MSFT", "BRK-B");
        assertThat(job("US", "current-prices").symbols()).containsExactly("AAPL");
    }

    @Test
    void batchesKeepEveryTickerOnceInOrder() {
        assertThat(CollectionPlan.batches(List.of("A", "B", "C", "D"), 2)).containsExactly("A,B", "C,D");
        assertThat(CollectionPlan.batches(List.of("A", "B", "C"), 50)).containsExactly("A,B,C");
        assertThat(CollectionPlan.batches(List.of("A", "B"), 0)).containsExactly("A", "B");
        assertThat(CollectionPlan.batches(List.of(), 5)).isEmpty();
    }
}
