package dev.ollass.ingestor.symbol.list;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.ListedStock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only what the symbols topic does not hold yet is published again. */
class SymbolUniverseTest {

    private static final Instant EARLIER = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    private static final ListedStock SAMSUNG =
            new ListedStock("005930", "삼성전자", "Samsung Electronics", "Korea", "KOSPI", "005930.KS", "korea", NOW);
    private static final ListedStock APPLE =
            new ListedStock("AAPL", "애플", "Apple", "USA", "NASDAQ", "AAPL", "usa", NOW);

    private final SymbolUniverse universe = new SymbolUniverse(List.of(SAMSUNG, APPLE), List.of(), List.of());

    @Test
    void anEntryPublishedEarlierUnchangedIsNotChanged() {
        assertThat(universe.changedSince(Map.of("005930", at(SAMSUNG, EARLIER), "AAPL", at(APPLE, EARLIER))))
                .isEmpty();
    }

    @Test
    void aNewCodeOrAnyChangedFieldIsChanged() {
        ListedStock renamed = new ListedStock("AAPL", "애플", "Apple Inc.", "USA", "NASDAQ", "AAPL", "usa", EARLIER);

        assertThat(universe.changedSince(Map.of("AAPL", renamed))).containsExactly(SAMSUNG, APPLE);
        assertThat(universe.changedSince(Map.of("005930", at(SAMSUNG, EARLIER))))
                .containsExactly(APPLE);
    }

    @Test
    void everyFieldButTheReadingTimeCounts() {
        List<ListedStock> variants = List.of(
                new ListedStock("AAPL", "애플!", "Apple", "USA", "NASDAQ", "AAPL", "usa", NOW),
                new ListedStock("AAPL", "애플", "Apple!", "USA", "NASDAQ", "AAPL", "usa", NOW),
                new ListedStock("AAPL", "애플", "Apple", "Australia", "NASDAQ", "AAPL", "usa", NOW),
                new ListedStock("AAPL", "애플", "Apple", "USA", "NYSE", "AAPL", "usa", NOW),
                new ListedStock("AAPL", "애플", "Apple", "USA", "NASDAQ", "AAPL.AX", "usa", NOW),
                new ListedStock("AAPL", "애플", "Apple", "USA", "NASDAQ", "AAPL", "australia", NOW));
        SymbolUniverse apple = new SymbolUniverse(List.of(APPLE), List.of(), List.of());

        for (ListedStock variant : variants) {
            assertThat(apple.changedSince(Map.of("AAPL", variant)))
                    .as(variant.toString())
                    .containsExactly(APPLE);
        }
    }

    private static ListedStock at(ListedStock stock, Instant observedAt) {
        return new ListedStock(
                stock.code(),
                stock.nameKr(),
                stock.nameEn(),
                stock.country(),
                stock.market(),
                stock.yahooTicker(),
                stock.source(),
                observedAt);
    }
}
