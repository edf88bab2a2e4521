package dev.ollass.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The recorded price history the ingestor publishes at start (its {@code recorded/prices/} files),
 * as the API must show it once everything has gone through: for each series, the API path of its
 * latest price and the trading date it must have reached. Read from the ingestor's own copy in the
 * checkout, so that the wait can never disagree with what is published.
 */
final class RecordedHistory {

    static final String FILES = "price-ingestor/src/main/resources/recorded/prices";

    private static final CSVFormat YAHOO_CSV =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private RecordedHistory() {}

    /**
     * The latest prices the API must serve for the history to be visible, published up to {@code
     * until} (the market date): every stock, index and exchange rate of the files.
     */
    static List<ExpectedLatest> expectedLatest(Path repoRoot, LocalDate until) {
        List<ExpectedLatest> expected = new ArrayList<>();
        for (Path file : priceFiles(repoRoot.resolve(FILES))) {
            String ticker = file.getFileName().toString().replaceFirst("\\.csv$", "");
            String path = latestPath(ticker);
            lastTradingDate(file, until).ifPresent(date -> expected.add(new ExpectedLatest(path, date)));
        }
        return expected;
    }

    /**
     * Where the API serves a Yahoo ticker's latest price: an index without its caret ({@code ^KS11}),
     * an exchange rate by both currencies ({@code KRW=X} is dollars in won, {@code USDKRW}), else a
     * stock by the code users know ({@code 005930.KS} is {@code 005930}).
     */
    static String latestPath(String ticker) {
        if (ticker.startsWith("^")) {
            return "/api/market/v1/indices/" + ticker.substring(1) + "/latest";
        }
        if (ticker.endsWith("=X")) {
            String pair = ticker.substring(0, ticker.length() - 2);
            return "/api/market/v1/fx/" + (pair.length() == 3 ? "USD" + pair : pair) + "/latest";
        }
        return "/api/market/v1/stocks/" + ticker.replaceFirst("\\.(KS|KQ)$", "").replace('-', '.') + "/latest";
    }

    /** The last date up to {@code until} on which the file has prices (Yahoo writes a gap as {@code null}). */
    static Optional<LocalDate> lastTradingDate(Path file, LocalDate until) {
        LocalDate last = null;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : YAHOO_CSV.parse(reader)) {
                LocalDate date = LocalDate.parse(row.get("Date"));
                if (!date.isAfter(until) && !"null".equals(row.get("Close"))) {
                    last = date;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return Optional.ofNullable(last);
    }

    private static List<Path> priceFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv"))
                    .filter(f -> !f.getFileName().toString().startsWith("dividends"))
                    .filter(f -> !f.getFileName().toString().equals("splits.csv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the recorded history in " + dir, e);
        }
    }

    /**
     * One series's latest price, as the API must serve it.
     *
     * @param path the API path of its latest price
     * @param date the trading date it must have
     */
    record ExpectedLatest(String path, LocalDate date) {}
}
