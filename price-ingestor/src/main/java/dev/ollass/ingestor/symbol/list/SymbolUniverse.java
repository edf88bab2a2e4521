package dev.ollass.ingestor.symbol.list;

import dev.ollass.contracts.market.ListedStock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the stock lists yielded.
 *
 * @param stocks one entry per code, the later list's where a code is listed twice, in the order the
 *     codes were first seen
 * @param rejections rows (or whole lists) that could not be used
 * @param superseded rows replaced by a later row with the same code, as the original's upsert did
 */
public record SymbolUniverse(List<ListedStock> stocks, List<Rejection> rejections, List<Superseded> superseded) {

    public SymbolUniverse {
        stocks = List.copyOf(stocks);
        rejections = List.copyOf(rejections);
        superseded = List.copyOf(superseded);
    }

    /**
     * The entries that {@code published} (the symbols topic's newest entry per code) lacks or holds
     * otherwise; when they were read does not count, so an unchanged list yields nothing.
     */
    public List<ListedStock> changedSince(Map<String, ListedStock> published) {
        return stocks.stream()
                .filter(stock -> !sameListing(stock, published.get(stock.code())))
                .toList();
    }

    private static boolean sameListing(ListedStock stock, @Nullable ListedStock published) {
        return published != null && stock.equals(withObservedAt(published, stock.observedAt()));
    }

    private static ListedStock withObservedAt(ListedStock stock, Instant observedAt) {
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

    /**
     * A row or list that could not be used.
     *
     * @param origin the list's file name
     * @param line the line in that file (1 is the header)
     * @param rawPayload the row as CSV, or the whole file when the file itself is unusable
     */
    public record Rejection(String origin, long line, ListRejectReason reasonCode, String reason, String rawPayload) {}

    /** A row whose code a later row listed again; the later one is the one kept. */
    public record Superseded(String code, String origin, long line, String supersededBy) {}
}
