package dev.ollass.ingestor.symbol.list;

import dev.ollass.contracts.market.ListedStock;
import dev.ollass.ingestor.symbol.list.SymbolUniverse.Rejection;
import dev.ollass.ingestor.symbol.list.SymbolUniverse.Superseded;
import dev.ollass.ingestor.yahoo.chart.YahooSymbols;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the original's country stock lists (header {@code Symbol, NameKr, NameEn, Country, Code})
 * into the symbol universe, as its seeding did: every cell trimmed, the lists applied in
 * {@link #SEEDING_ORDER} so that a later list's row replaces an earlier one with the same code.
 */
public final class StockLists {

    /** The original's seeding order, by the lists' file name stems; USA comes last and wins every clash. */
    public static final List<String> SEEDING_ORDER = List.of(
            "japan",
            "uk",
            "australia",
            "brazil",
            "canada",
            "china",
            "france",
            "germany",
            "hongkong",
            "india",
            "italy",
            "netherland",
            "spain",
            "switzerland",
            "korea",
            "usa");

    static final int MAX_CODE_LENGTH = 32;
    static final int MAX_TEXT_LENGTH = 255;

    private static final String SYMBOL = "Symbol";
    private static final String NAME_KR = "NameKr";
    private static final String NAME_EN = "NameEn";
    private static final String COUNTRY = "Country";
    private static final String MARKET = "Code";
    private static final List<String> COLUMNS = List.of(SYMBOL, NAME_KR, NAME_EN, COUNTRY, MARKET);

    private StockLists() {}

    /** The file name of a country's list, e.g. {@code korea_stock_list.csv}. */
    public static String fileName(String country) {
        return country + "_stock_list.csv";
    }

    /** The universe the lists describe, applied in the order given; {@code observedAt} stamps every entry. */
    public static SymbolUniverse read(List<StockListFile> lists, Instant observedAt) {
        Map<String, ListedStock> byCode = new LinkedHashMap<>();
        Map<String, Long> lineOf = new LinkedHashMap<>();
        List<Rejection> rejections = new ArrayList<>();
        List<Superseded> superseded = new ArrayList<>();
        for (StockListFile list : lists) {
            for (Row row : rows(list, rejections)) {
                Optional<ListedStock> stock = toStock(list.name(), row, observedAt, rejections);
                if (stock.isEmpty()) {
                    continue;
                }
                ListedStock listed = stock.get();
                ListedStock earlier = byCode.put(listed.code(), listed);
                Long earlierLine = lineOf.put(listed.code(), row.line());
                if (earlier != null && earlierLine != null) {
                    superseded.add(new Superseded(listed.code(), earlier.source(), earlierLine, list.name()));
                }
            }
        }
        return new SymbolUniverse(List.copyOf(byCode.values()), rejections, superseded);
    }

    /** A data row: its line in the file and its cells by column, trimmed. */
    private record Row(long line, Map<String, String> cells, String raw) {}

    private static List<Row> rows(StockListFile list, List<Rejection> rejections) {
        List<Row> rows = new ArrayList<>();
        List<String> header = list.header().stream().map(String::strip).toList();
        if (!header.containsAll(COLUMNS)) {
            rejections.add(new Rejection(
                    list.name(),
                    1,
                    ListRejectReason.UNEXPECTED_HEADER,
                    "The header " + header + " lacks one of " + COLUMNS + ".",
                    wholeList(list)));
            return rows;
        }
        for (StockListFile.Row row : list.rows()) {
            if (row.cells().size() != header.size()) {
                rejections.add(new Rejection(
                        list.name(),
                        row.line(),
                        ListRejectReason.MALFORMED_ROW,
                        "Row has " + row.cells().size() + " cells, the header " + header.size() + ".",
                        row.raw()));
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), row.cells().get(i).strip());
            }
            rows.add(new Row(row.line(), cells, row.raw()));
        }
        if (list.unreadable() != null) {
            rejections.add(list.unreadable());
        }
        return rows;
    }

    /** The list as CSV again: its header and rows, for a reject of the whole list. */
    private static String wholeList(StockListFile list) {
        StringBuilder csv = new StringBuilder(String.join(",", list.header()));
        list.rows().forEach(row -> csv.append('\n').append(row.raw()));
        return csv.toString();
    }

    private static Optional<ListedStock> toStock(
            String origin, Row row, Instant observedAt, List<Rejection> rejections) {
        for (String column : COLUMNS) {
            String value = row.cells().getOrDefault(column, "");
            if (value.isEmpty()) {
                rejections.add(new Rejection(
                        origin, row.line(), ListRejectReason.MISSING_VALUE, column + " is empty.", row.raw()));
                return Optional.empty();
            }
            int limit = SYMBOL.equals(column) ? MAX_CODE_LENGTH : MAX_TEXT_LENGTH;
            if (value.length() > limit) {
                rejections.add(new Rejection(
                        origin,
                        row.line(),
                        ListRejectReason.VALUE_TOO_LONG,
                        column + " is " + value.length() + " characters long, at most " + limit + " are kept.",
                        row.raw()));
                return Optional.empty();
            }
        }
        String code = row.cells().get(SYMBOL);
        String country = row.cells().get(COUNTRY);
        String market = row.cells().get(MARKET);
        Optional<String> ticker = YahooSymbols.tickerOf(code, country, market);
        if (ticker.isEmpty()) {
            rejections.add(new Rejection(
                    origin,
                    row.line(),
                    ListRejectReason.UNKNOWN_COUNTRY,
                    "No Yahoo suffix is known for country " + country + ".",
                    row.raw()));
            return Optional.empty();
        }
        return Optional.of(new ListedStock(
                code,
                row.cells().get(NAME_KR),
                row.cells().get(NAME_EN),
                country,
                market,
                ticker.get(),
                origin,
                observedAt));
    }
}
