package dev.ollass.ingestor.recorded.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.ingestor.recorded.CsvFiles;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The recorded dividends and splits bundled with the service, and the rows those files do not show. */
class CorporateActionsCsvTest {

    private static final Instant OBSERVED = Instant.parse("2026-12-01T12:00:00Z");
    private static final LocalDate MARKET_DATE = LocalDate.of(2021, 4, 16);

    @Test
    void readsEverySplitOfTheFileWithTheCodeUsersKnow() {
        RecordedReadResult<CorporateAction> result =
                CorporateActionsCsv.splits("splits.csv", RecordedFiles.table("splits.csv"), OBSERVED, null);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.events()).hasSize(20);
        assertThat(result.events())
                .contains(
                        new CorporateAction(
                                "AAPL",
                                CorporateAction.Type.SPLIT,
                                LocalDate.of(2020, 8, 31),
                                null,
                                null,
                                4,
                                1,
                                "recorded-csv",
                                OBSERVED),
                        new CorporateAction(
                                "005930",
                                CorporateAction.Type.SPLIT,
                                LocalDate.of(2018, 5, 4),
                                null,
                                null,
                                50,
                                1,
                                "recorded-csv",
                                OBSERVED),
                        // GOOGL's class C distribution, kept as vendors record it.
                        new CorporateAction(
                                "GOOGL",
                                CorporateAction.Type.SPLIT,
                                LocalDate.of(2014, 4, 3),
                                null,
                                null,
                                1998,
                                1000,
                                "recorded-csv",
                                OBSERVED));
    }

    @Test
    void withholdsTheSplitsAfterTheLastDateToPublish() {
        RecordedReadResult<CorporateAction> result =
                CorporateActionsCsv.splits("splits.csv", RecordedFiles.table("splits.csv"), OBSERVED, MARKET_DATE);

        // NVDA 2021-07-20, TSLA 2022-08-25, AMZN 2022-06-06, GOOGL 2022-07-18.
        assertThat(result.withheld()).isEqualTo(4);
        assertThat(result.events())
                .hasSize(16)
                .allMatch(split -> !split.exDate().isAfter(MARKET_DATE));
    }

    @Test
    void readsEveryDividendWithItsAmountDigitForDigitAndItsCurrency() {
        RecordedReadResult<CorporateAction> result = CorporateActionsCsv.dividends(
                "dividends.csv", RecordedFiles.table("dividends.csv"), "recorded-csv", OBSERVED, null);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.events()).hasSize(367);
        // 005930.KS,2017-12-27,430.0,KRW
        CorporateAction samsung = result.events().stream()
                .filter(d -> d.symbol().equals("005930") && d.exDate().equals(LocalDate.of(2017, 12, 27)))
                .findFirst()
                .orElseThrow();
        assertThat(samsung.type()).isEqualTo(CorporateAction.Type.DIVIDEND);
        assertThat(samsung.amount()).isNotNull();
        assertThat(samsung.amount().toPlainString()).isEqualTo("430.0");
        assertThat(samsung.currency()).isEqualTo("KRW");
        assertThat(samsung.source()).isEqualTo("recorded-csv");
        assertThat(samsung.numerator()).isNull();
        assertThat(samsung.denominator()).isNull();
    }

    @Test
    void readsTheDerivedKoreanDividendsLikeTheOthers() {
        RecordedReadResult<CorporateAction> result = CorporateActionsCsv.dividends(
                "dividends_kr_derived.csv",
                RecordedFiles.table("dividends_kr_derived.csv"),
                CorporateActionsCsv.DERIVED_SOURCE,
                OBSERVED,
                MARKET_DATE);

        assertThat(result.rejections()).isEmpty();
        assertThat(result.withheld()).isZero();
        assertThat(result.events()).hasSize(18).first().satisfies(d -> {
            assertThat(d.symbol()).isEqualTo("035420");
            assertThat(d.amount()).isEqualByComparingTo(new BigDecimal("314"));
            assertThat(d.source()).isEqualTo("recorded-csv-derived");
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "AAPL,2020-02-07,0,USD",
                "AAPL,2020-02-07,-0.19,USD",
                "AAPL,2020-02-07,0.19,usd",
                ",2020-02-07,0.19,USD"
            })
    void rejectsADividendThatCannotBeRight(String row) {
        RecordedReadResult<CorporateAction> result = CorporateActionsCsv.dividends(
                "upload",
                CsvFiles.read("Symbol,ExDate,Amount,Currency\nAAPL,2020-05-08,0.205,USD\n" + row + "\n"),
                "recorded-csv",
                OBSERVED,
                null);

        assertThat(result.events())
                .singleElement()
                .satisfies(d -> assertThat(d.exDate()).isEqualTo(LocalDate.of(2020, 5, 8)));
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo("INVALID_ACTION");
            assertThat(rejection.reason()).startsWith("upload line 3: ");
            assertThat(rejection.rawPayload()).isEqualTo(row);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"AAPL,2020-08-31,0,1", "AAPL,2020-08-31,4,-1", "AAPL,2020-08-31,4,0"})
    void rejectsASplitWithoutPositiveShares(String row) {
        RecordedReadResult<CorporateAction> result = CorporateActionsCsv.splits(
                "upload", CsvFiles.read("Symbol,Date,Numerator,Denominator\n" + row + "\n"), OBSERVED, null);

        assertThat(result.events()).isEmpty();
        assertThat(result.rejections())
                .singleElement()
                .satisfies(rejection -> assertThat(rejection.reasonCode()).isEqualTo("INVALID_ACTION"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AAPL,2020-08-31,4.5,1", "AAPL,2020-31-08,4,1", "AAPL,2020-08-31,4"})
    void rejectsAMalformedSplitRow(String row) {
        RecordedReadResult<CorporateAction> result = CorporateActionsCsv.splits(
                "upload", CsvFiles.read("Symbol,Date,Numerator,Denominator\n" + row + "\n"), OBSERVED, null);

        assertThat(result.events()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo("MALFORMED_ROW");
            assertThat(rejection.rawPayload()).isEqualTo(row);
        });
    }

    @Test
    void rejectsAFileWithoutTheColumnsOfItsKind() {
        String content = "Symbol,Date,Numerator,Denominator\nAAPL,2020-08-31,4,1\n";

        RecordedReadResult<CorporateAction> result =
                CorporateActionsCsv.dividends("upload", CsvFiles.read(content), "recorded-csv", OBSERVED, null);

        assertThat(result.events()).isEmpty();
        assertThat(result.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.reasonCode()).isEqualTo("MISSING_COLUMNS");
            assertThat(rejection.rawPayload()).isEqualTo(content);
        });
    }
}
