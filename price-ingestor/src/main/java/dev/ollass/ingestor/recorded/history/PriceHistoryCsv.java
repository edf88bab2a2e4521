package dev.ollass.ingestor.recorded.history;

import static dev.ollass.ingestor.yahoo.chart.RejectReason.INCONSISTENT_BAR;
import static dev.ollass.ingestor.yahoo.chart.RejectReason.NULL_BAR;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.ingestor.yahoo.chart.BarCheck;
import dev.ollass.ingestor.yahoo.chart.ChartParseResult.Rejection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One ticker's daily history as Yahoo's CSV download writes it ({@code
 * Date,Open,High,Low,Close,Adj Close,Volume}, the file named after the ticker) turned into ticks.
 * Prices are kept digit for digit as written. A {@code null} row is a gap and a row with some of
 * its prices missing is rejected, exactly as from Yahoo's chart API ({@link BarCheck}); a bar whose
 * high and low do not enclose its open and close is published as written (the projector flags it).
 */
public final class PriceHistoryCsv {

    public static final String SOURCE = "recorded-csv";

    private static final Set<String> COLUMNS =
            new LinkedHashSet<>(List.of("Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"));

    private PriceHistoryCsv() {}

    /**
     * @param ticker Yahoo's ticker, the name of the file without {@code .csv}
     * @param origin where the file was read from, named in every rejection's reason
     * @param observedAt when it was read
     * @param until the last trading date to publish; later rows are withheld. Null for all of them
     */
    public static RecordedReadResult<PriceTick> read(
            String ticker, String origin, CsvTable table, Instant observedAt, @Nullable LocalDate until) {
        Optional<Listing> listing = Listing.of(ticker);
        if (listing.isEmpty()) {
            return RecordedReadResult.rejected(new Rejection(
                    RecordedRejectReason.UNKNOWN_LISTING.name(),
                    origin + ": the exchange and currency of " + ticker + " are not known",
                    table.text()));
        }
        if (!table.hasColumns(COLUMNS)) {
            return RecordedReadResult.rejected(RecordedCsv.missingColumns(origin, COLUMNS, table));
        }
        List<PriceTick> ticks = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        int withheld = 0;
        for (CsvTable.Record record : table.records()) {
            Row row;
            try {
                row = Row.of(table, record);
            } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
                rejections.add(RecordedCsv.malformed(origin, record, "not a date and numbers: " + e.getMessage()));
                continue;
            }
            if (row == null) {
                rejections.add(RecordedCsv.malformed(origin, record, "expected " + COLUMNS.size() + " fields"));
                continue;
            }
            String problem = BarCheck.problem(row.open(), row.high(), row.low(), row.close());
            if (problem != null) {
                var reason =
                        BarCheck.isEmpty(row.open(), row.high(), row.low(), row.close()) ? NULL_BAR : INCONSISTENT_BAR;
                rejections.add(
                        new Rejection(reason, ticker + " " + row.date() + ": " + problem, RecordedCsv.raw(record)));
            } else if (until != null && row.date().isAfter(until)) {
                withheld++;
            } else {
                ticks.add(row.toTick(listing.get(), observedAt));
            }
        }
        return new RecordedReadResult<>(ticks, rejections, withheld);
    }

    private record Row(
            LocalDate date,
            @Nullable BigDecimal open,
            @Nullable BigDecimal high,
            @Nullable BigDecimal low,
            @Nullable BigDecimal close,
            @Nullable BigDecimal adjClose,
            @Nullable Long volume) {

        /** The row's values; null when it does not have one field per column. */
        static @Nullable Row of(CsvTable table, CsvTable.Record record) {
            if (!table.isComplete(record)) {
                return null;
            }
            return new Row(
                    RecordedCsv.date(table.get(record, "Date")),
                    RecordedCsv.decimal(table.get(record, "Open")),
                    RecordedCsv.decimal(table.get(record, "High")),
                    RecordedCsv.decimal(table.get(record, "Low")),
                    RecordedCsv.decimal(table.get(record, "Close")),
                    RecordedCsv.decimal(table.get(record, "Adj Close")),
                    volume(table.get(record, "Volume")));
        }

        /** Shares (or, for an index, Yahoo's count); some downloads write it as {@code 123.0}. */
        private static @Nullable Long volume(String text) {
            BigDecimal volume = RecordedCsv.decimal(text);
            return volume == null ? null : volume.longValueExact();
        }

        PriceTick toTick(Listing listing, Instant observedAt) {
            // Only a row BarCheck accepted becomes a tick: all four prices are there.
            BigDecimal close = Objects.requireNonNull(close());
            // The recorded USD/KRW file's "Adj Close" is another vendor's, about a day off its close
            // (see its PROVENANCE.md); a rate has nothing to adjust for anyway.
            BigDecimal adjusted = listing.kind() == InstrumentKind.FX || adjClose == null ? close : adjClose;
            return new PriceTick(
                    listing.symbol(),
                    date,
                    listing.exchangeTimeZone(),
                    listing.currency(),
                    Objects.requireNonNull(open()),
                    Objects.requireNonNull(high()),
                    Objects.requireNonNull(low()),
                    close,
                    adjusted,
                    volume != null ? volume : 0L,
                    SOURCE,
                    observedAt,
                    listing.kind());
        }
    }
}
