package dev.ollass.ingestor.recorded.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.InstrumentKind;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.ingestor.recorded.CsvFiles;
import dev.ollass.ingestor.yahoo.chart.ChartParseResult.Rejection;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The recorded price history bundled with the service ({@code recorded/prices/}, provenance in its
 * PROVENANCE.md), read as the importer reads it, and the cases those files do not show.
 */
class PriceHistoryCsvTest {

    private static final Instant OBSERVED = Instant.parse("2026-12-01T12:00:00Z");
    private static final LocalDate MARKET_DATE = LocalDate.of(2021, 4, 16);
    private static final String HEADER = "Date,Open,High,Low,Close,Adj Close,Volume\n";

    @Test
    void keepsEveryPriceOfAKoreanStockDigitForDigitInWonOnItsSeoulTradingDate() {
        RecordedReadResult<PriceTick> result = readFile("005930.KS", null);

        assertThat(result.events()).hasSize(1046);
        PriceTick afterTheSplit = tickOn(result, LocalDate.of(2018, 5, 4));
        // 2018-05-04,53000.000000,53900.000000,51800.000000,51900.000000,47034.734375,39565391
        assertThat(afterTheSplit.symbol()).isEqualTo("005930");
        assertThat(afterTheSplit.kind()).isEqualTo(InstrumentKind.STOCK);
        assertThat(afterTheSplit.exchangeTimeZone()).isEqualTo("Asia/Seoul");
        assertThat(afterTheSplit.currency()).isEqualTo("KRW");
        assertThat(afterTheSplit.open().toPlainString()).isEqualTo("53000.000000");
        assertThat(afterTheSplit.high().toPlainString()).isEqualTo("53900.000000");
        assertThat(afterTheSplit.low().toPlainString()).isEqualTo("51800.000000");
        assertThat(afterTheSplit.close().toPlainString()).isEqualTo("51900.000000");
        assertThat(afterTheSplit.adjClose().toPlainString()).isEqualTo("47034.734375");
        assertThat(afterTheSplit.volume()).isEqualTo(39565391L);
        assertThat(afterTheSplit.source()).isEqualTo("recorded-csv");
        assertThat(afterTheSplit.observedAt()).isEqualTo(OBSERVED);
    }

    @Test
    void rejectsYahoosNullRowsAsGapsInsteadOfPublishingZeros() {
        RecordedReadResult<PriceTick> result = readFile("005930.KS", null);

        // The five KRX late-open days of PROVENANCE.md.
        assertThat(result.rejections())
                .extracting(Rejection::reasonCode)
                .containsExactly("NULL_BAR", "NULL_BAR", "NULL_BAR", "NULL_BAR", "NULL_BAR");
        assertThat(result.rejections().getFirst().reason())
                .isEqualTo("005930.KS 2017-11-16: the source has no prices for this day (all null)");
        assertThat(result.rejections().getFirst().rawPayload()).isEqualTo("2017-11-16,null,null,null,null,null,null");
        assertThat(result.events()).noneMatch(tick -> tick.tradingDate().equals(LocalDate.of(2017, 11, 16)));
    }

    @Test
    void withholdsTheRowsAfterTheLastDateToPublish() {
        RecordedReadResult<PriceTick> result = readFile("AAPL", MARKET_DATE);

        assertThat(result.events().getLast().tradingDate()).isEqualTo(MARKET_DATE);
        assertThat(result.events().getLast().close().toPlainString()).isEqualTo("134.16000366210938");
        assertThat(result.events()).hasSize(5357);
        assertThat(result.withheld()).isEqualTo(5826 - 5357);
        assertThat(result.rejections()).isEmpty();
    }

    @Test
    void publishesAUsStockInDollarsOnItsNewYorkTradingDate() {
        PriceTick first = readFile("AAPL", null).events().getFirst();

        assertThat(first.symbol()).isEqualTo("AAPL");
        assertThat(first.tradingDate()).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThat(first.exchangeTimeZone()).isEqualTo("America/New_York");
        assertThat(first.currency()).isEqualTo("USD");
        assertThat(first.open().toPlainString()).isEqualTo("0.9012280106544495");
    }

    @ParameterizedTest
    @CsvSource({
        "^KS11, KS11, Asia/Seoul, KRW",
        "^GSPC, GSPC, America/New_York, USD",
        "^IXIC, IXIC, America/New_York, USD",
        "^DJI, DJI, America/New_York, USD"
    })
    void readsAnIndexAsAnIndexSeriesWithTheCodeUsersKnow(String ticker, String code, String zone, String currency) {
        RecordedReadResult<PriceTick> result = readFile(ticker, null);

        assertThat(result.events()).isNotEmpty().allSatisfy(tick -> {
            assertThat(tick.symbol()).isEqualTo(code);
            assertThat(tick.kind()).isEqualTo(InstrumentKind.INDEX);
            assertThat(tick.exchangeTimeZone()).isEqualTo(zone);
            assertThat(tick.currency()).isEqualTo(currency);
        });
    }

    @Test
    void readsTheDollarInWonAsAnExchangeRateWhoseAdjustedCloseIsItsClose() {
        RecordedReadResult<PriceTick> result = readFile("KRW=X", null);

        PriceTick first = result.events().getFirst();
        assertThat(first.symbol()).isEqualTo("USDKRW");
        assertThat(first.kind()).isEqualTo(InstrumentKind.FX);
        assertThat(first.exchangeTimeZone()).isEqualTo("Europe/London");
        assertThat(first.currency()).isEqualTo("KRW");
        PriceTick january3 = tickOn(result, LocalDate.of(2017, 1, 3));
        // The file's Adj Close there is 1202.93, another vendor's, a day off.
        assertThat(january3.close().toPlainString()).isEqualTo("1191.655");
        assertThat(january3.adjClose().toPlainString()).isEqualTo("1191.655");
    }

    @Test
    void publishesABarWhoseHighAndLowDoNotEncloseItsOpenAndCloseAsWrittenAsTheChartApiDoes() {
        RecordedReadResult<PriceTick> result = readFile("KRW=X", null);

        // 2004-12-28,1030.099976,1043.5,1028.900024,1043.699951,...: closed above its high. Kept as written;
        // the projector flags it as suspect.
        PriceTick closedAboveItsHigh = tickOn(result, LocalDate.of(2004, 12, 28));
        assertThat(closedAboveItsHigh.high().toPlainString()).isEqualTo("1043.5");
        assertThat(closedAboveItsHigh.close().toPlainString()).isEqualTo("1043.699951");
        assertThat(result.rejections())
                .noneMatch(rejection -> rejection.reasonCode().equals("INCONSISTENT_BAR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7203.T", "^N225", "EURUSD=X", "BRK B", "aapl"})
    void rejectsAWholeFileWhoseExchangeAndCurrencyAreNotKnownRatherThanGuessingThem(String ticker) {
        String content = HEADER + "2021-01-04,10,11,9,10,10,100\n";

        RecordedReadResult<PriceTick> result =
                PriceHistoryCsv.read(ticker, "upload", CsvFiles.read(content), OBSERVED, null);

        assertThat(result.events()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo("UNKNOWN_LISTING");
            assertThat(rejection.reason()).contains(ticker);
            assertThat(rejection.rawPayload()).isEqualTo(content);
        });
    }

    @Test
    void readsAShareClassTickerAsTheCodeUsersKnow() {
        RecordedReadResult<PriceTick> result = PriceHistoryCsv.read(
                "BRK-B", "upload", CsvFiles.read(HEADER + "2021-01-04,10,11,9,10,10,100\n"), OBSERVED, null);

        assertThat(result.events()).singleElement().satisfies(tick -> {
            assertThat(tick.symbol()).isEqualTo("BRK.B");
            assertThat(tick.currency()).isEqualTo("USD");
        });
    }

    @Test
    void rejectsAFileWithoutTheColumnsOfADownload() {
        String content = "Date,Close\n2021-01-04,10\n";

        RecordedReadResult<PriceTick> result =
                PriceHistoryCsv.read("AAPL", "upload", CsvFiles.read(content), OBSERVED, null);

        assertThat(result.events()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo("MISSING_COLUMNS");
            assertThat(rejection.rawPayload()).isEqualTo(content);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2021-01-05,10,11,9,ten,10,100",
                "2021-13-05,10,11,9,10,10,100",
                "2021-01-05,10,11,9,10,10",
                "2021-01-05,10,11,9,10,10,100.5"
            })
    void rejectsAMalformedRowAndKeepsTheOthers(String malformed) {
        String content = HEADER + "2021-01-04,10,11,9,10,10,100\n" + malformed + "\n";

        RecordedReadResult<PriceTick> result =
                PriceHistoryCsv.read("AAPL", "upload", CsvFiles.read(content), OBSERVED, null);

        assertThat(result.events())
                .singleElement()
                .satisfies(tick -> assertThat(tick.tradingDate()).isEqualTo(LocalDate.of(2021, 1, 4)));
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo("MALFORMED_ROW");
            assertThat(rejection.reason()).startsWith("upload line 3: ");
            assertThat(rejection.rawPayload()).isEqualTo(malformed);
        });
    }

    @Test
    void rejectsARowWithSomeOfItsPricesNull() {
        RecordedReadResult<PriceTick> result = PriceHistoryCsv.read(
                "AAPL", "upload", CsvFiles.read(HEADER + "2021-01-04,10,null,9,10,10,100\n"), OBSERVED, null);

        assertThat(result.rejections())
                .singleElement()
                .satisfies(rejection -> assertThat(rejection.reasonCode()).isEqualTo("INCONSISTENT_BAR"));
    }

    @Test
    void takesAVolumeWrittenWithADecimalPointAndAMissingAdjustedCloseAsTheClose() {
        RecordedReadResult<PriceTick> result = PriceHistoryCsv.read(
                "AAPL", "upload", CsvFiles.read(HEADER + "2021-01-04,10,11,9,10.5,null,100.0\n"), OBSERVED, null);

        assertThat(result.events()).singleElement().satisfies(tick -> {
            assertThat(tick.volume()).isEqualTo(100L);
            assertThat(tick.adjClose().toPlainString()).isEqualTo("10.5");
        });
    }

    @Test
    void publishesARowDatedOnTheLastDateToPublishAndWithholdsTheNextDay() {
        String content = HEADER + "2021-04-16,10,11,9,10,10,100\n2021-04-19,10,11,9,10,10,100\n";

        RecordedReadResult<PriceTick> result =
                PriceHistoryCsv.read("AAPL", "upload", CsvFiles.read(content), OBSERVED, MARKET_DATE);

        assertThat(result.events())
                .singleElement()
                .satisfies(tick -> assertThat(tick.tradingDate()).isEqualTo(MARKET_DATE));
        assertThat(result.withheld()).isEqualTo(1);
    }

    private static RecordedReadResult<PriceTick> readFile(String ticker, LocalDate until) {
        return PriceHistoryCsv.read(ticker, ticker + ".csv", RecordedFiles.table(ticker + ".csv"), OBSERVED, until);
    }

    private static PriceTick tickOn(RecordedReadResult<PriceTick> result, LocalDate date) {
        return result.events().stream()
                .filter(tick -> tick.tradingDate().equals(date))
                .findFirst()
                .orElseThrow();
    }
}
