package dev.ollass.api.asset.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ollass.api.holding.CashFlowType;
import dev.ollass.api.holding.Currency;
import dev.ollass.api.holding.Side;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TransactionCsvTest {

    static CsvImport readResource(String name) throws IOException {
        try (InputStream in = TransactionCsvTest.class.getResourceAsStream("/csv/" + name)) {
            return TransactionCsv.read(in);
        }
    }

    static CsvImport read(String text) throws IOException {
        return TransactionCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Nested
    class AKoreanBrokersExport {

        @Test
        void isReadWithItsKoreanHeadersThousandsSeparatorsAndDottedDates() throws IOException {
            CsvImport file = readResource("korean-broker-export.csv");

            assertThat(file.errors()).isEmpty();
            assertThat(file.transactions()).hasSize(5);
            assertThat(file.transactions().getFirst())
                    .isEqualTo(new CsvTransaction(
                            LocalDate.parse("2021-01-04"),
                            "005930",
                            Side.BUY,
                            new BigDecimal("10"),
                            new BigDecimal("83000"),
                            Currency.KRW,
                            "일반계좌",
                            "키움증권",
                            "신년 첫 매수",
                            new BigDecimal("125")));
        }

        @Test
        void keepsEachRowsNumberAsTheSpreadsheetShowsItPastABlankRow() throws IOException {
            CsvImport file = readResource("korean-broker-export.csv");

            assertThat(file.lines()).extracting(CsvImport.Line::row).containsExactly(2, 3, 4, 6, 7);
        }

        @Test
        void givesAShortenedKoreanCodeItsLeadingZerosBack() throws IOException {
            assertThat(readResource("korean-broker-export.csv")
                            .transactions()
                            .get(1)
                            .code())
                    .isEqualTo("005930");
        }

        @Test
        void readsAQuotedMemoWithACommaAndASell() throws IOException {
            CsvTransaction sell =
                    readResource("korean-broker-export.csv").transactions().get(2);

            assertThat(sell.side()).isEqualTo(Side.SELL);
            assertThat(sell.memo()).isEqualTo("일부 매도, 리밸런싱");
            assertThat(sell.price()).isEqualByComparingTo("82600");
        }

        @Test
        void listsTheColumnsItDoesNotKnowAsWarnings() throws IOException {
            assertThat(readResource("korean-broker-export.csv").warnings())
                    .containsExactly(
                            new CsvProblem(1, "종목명", "not a known column, ignored"),
                            new CsvProblem(1, "거래금액", "not a known column, ignored"));
        }

        @Test
        void isReadAlsoWhenExcelSavedItInTheKoreanWindowsEncoding() throws IOException {
            String text = "매매일자,주식코드,매매,수량,거래가,주식통화,메모\n2021-01-04,005930,매수,1,83000,KRW,삼성전자 첫 매수\n";
            byte[] cp949 = text.getBytes(Charset.forName("x-windows-949"));

            CsvImport file = TransactionCsv.read(new ByteArrayInputStream(cp949));

            assertThat(file.errors()).isEmpty();
            assertThat(file.transactions().getFirst().memo()).isEqualTo("삼성전자 첫 매수");
            assertThat(file.transactions().getFirst().side()).isEqualTo(Side.BUY);
        }
    }

    @Nested
    class AnEnglishTrackersExport {

        @Test
        void isReadTabSeparatedWithEnglishHeadersInAnyCase() throws IOException {
            CsvImport file = readResource("english-tracker-export.tsv");

            assertThat(file.errors()).isEmpty();
            assertThat(file.transactions())
                    .extracting(CsvTransaction::code, CsvTransaction::side, CsvTransaction::tradeDate)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("AAPL", Side.BUY, LocalDate.parse("2019-06-03")),
                            org.assertj.core.groups.Tuple.tuple("AAPL", Side.SELL, LocalDate.parse("2020-10-01")),
                            org.assertj.core.groups.Tuple.tuple("MSFT", Side.BUY, LocalDate.parse("2021-01-04")));
            CsvTransaction sell = file.transactions().get(1);
            assertThat(sell.memo()).isEqualTo("said \"hold\", sold anyway");
            assertThat(sell.currency()).isEqualTo(Currency.USD);
            assertThat(sell.fee()).isEqualByComparingTo("1");
            assertThat(file.transactions().get(2).price()).isEqualByComparingTo("1217.5");
            assertThat(file.transactions().get(2).account()).isNull();
            assertThat(file.warnings()).containsExactly(new CsvProblem(1, "Settlement", "not a known column, ignored"));
        }

        @Test
        void isReadSemicolonSeparated() throws IOException {
            CsvImport file = read("date;symbol;side;quantity;price\n2021-01-04;AAPL;buy;\"1,000\";130\n");

            assertThat(file.errors()).isEmpty();
            assertThat(file.transactions().getFirst().quantity()).isEqualByComparingTo("1000");
        }
    }

    @Nested
    class BadRows {

        @Test
        void eachBadValueIsReportedWithItsRowItsColumnAsHeadedAndWhy() throws IOException {
            CsvImport file = read("""
                    Date,Symbol,Side,Qty,Price,CCY,Fee
                    2021-01-04,AAPL,buy,1,130,USD,0
                    2021-13-01,AAPL,hold,ten,-5,EUR,1
                    04/01/2021,,buy,1,1,USD,x
                    """);

            assertThat(file.ok()).isFalse();
            assertThat(file.errors())
                    .containsExactly(
                            new CsvProblem(3, "Date", "'2021-13-01' is not a day of the calendar"),
                            new CsvProblem(3, "Side", "'hold' is neither 매수/buy nor 매도/sell"),
                            new CsvProblem(3, "Qty", "'ten' is not a number"),
                            new CsvProblem(3, "Price", "'-5' is negative"),
                            new CsvProblem(3, "CCY", "'EUR' is neither KRW nor USD"),
                            new CsvProblem(4, "Symbol", "a stock code is required"),
                            new CsvProblem(
                                    4, "Date", "'04/01/2021' is not a date like 2021-04-16, 2021.04.16 or 2021/04/16"),
                            new CsvProblem(4, "Fee", "'x' is not a number"));
            assertThat(file.lines()).extracting(CsvImport.Line::row).containsExactly(2);
        }

        @Test
        void aFileWithoutACodeColumnCannotBeRead() throws IOException {
            CsvImport file = read("date,side,quantity\n2021-01-04,buy,1\n");

            assertThat(file.errors())
                    .containsExactly(
                            new CsvProblem(1, "", "no stock code column: name one 주식코드, 종목코드, symbol, ticker or code"));
            assertThat(file.lines()).isEmpty();
        }

        @Test
        void twoColumnsMeaningTheSameAreRefused() throws IOException {
            CsvImport file = read("ticker,symbol\nAAPL,MSFT\n");

            assertThat(file.errors())
                    .containsExactly(new CsvProblem(1, "symbol", "the same column as 'ticker'; keep one of them"));
        }

        @Test
        void anEmptyFileSaysSo() throws IOException {
            assertThat(read("").errors()).containsExactly(new CsvProblem(1, "", "the file is empty"));
        }

        @Test
        void aQuoteNeverClosedIsReportedAtItsRow() throws IOException {
            CsvImport file = read("code,memo\nAAPL,fine\nMSFT,\"never closed\n");

            assertThat(file.errors()).hasSize(1);
            assertThat(file.errors().getFirst().row()).isEqualTo(3);
            assertThat(file.errors().getFirst().reason()).startsWith("the row cannot be read");
        }

        @Test
        void aFileOverTheRowLimitIsRefusedAsAWhole() {
            String rows = "code\n" + "AAPL\n".repeat(TransactionCsv.MAX_ROWS + 1);

            assertThatThrownBy(() -> read(rows)).isInstanceOf(CsvTooLarge.class).hasMessageContaining("10000 rows");
        }

        @Test
        void aFileAtTheRowLimitIsRead() throws IOException {
            String rows = "code\n" + "AAPL\n".repeat(TransactionCsv.MAX_ROWS);

            assertThat(read(rows).lines()).hasSize(TransactionCsv.MAX_ROWS);
        }

        @Test
        void aFileOverTheSizeLimitIsRefusedBeforeItIsParsed() {
            byte[] big = new byte[TransactionCsv.MAX_BYTES + 1];
            java.util.Arrays.fill(big, (byte) 'A');

            assertThatThrownBy(() -> TransactionCsv.read(new ByteArrayInputStream(big)))
                    .isInstanceOf(CsvTooLarge.class)
                    .hasMessageContaining("larger than 2 MiB");
        }
    }

    @Nested
    class CashFlowRows {

        @Test
        void areReadByTheirTypeWithTheAmountInThePriceColumnAndTheCodeOptional() throws IOException {
            CsvImport file = read("날짜,종목코드,단가,통화,유형,메모\n"
                    + "2021-01-04,,\"1,000,000\",KRW,입금,월급\n"
                    + "2021-02-01,,500,USD,withdrawal,\n"
                    + "2020-11-13,AAPL,8.2,USD,DIVIDEND,\n"
                    + "2020-11-13,AAPL,1.23,USD,세금,\n"
                    + "2021-03-02,005930,82600,KRW,TRADE,\n");

            assertThat(file.errors()).isEmpty();
            assertThat(file.transactions())
                    .extracting(CsvTransaction::cashFlow)
                    .containsExactly(
                            CashFlowType.DEPOSIT,
                            CashFlowType.WITHDRAWAL,
                            CashFlowType.DIVIDEND,
                            CashFlowType.TAX,
                            null);
            assertThat(file.transactions().getFirst())
                    .isEqualTo(new CsvTransaction(
                            LocalDate.parse("2021-01-04"),
                            "",
                            null,
                            null,
                            new BigDecimal("1000000"),
                            Currency.KRW,
                            null,
                            null,
                            "월급",
                            null,
                            CashFlowType.DEPOSIT));
            assertThat(file.transactions().get(2).code()).isEqualTo("AAPL");
        }

        @Test
        void aCashFlowRowWithASideQuantityOrFeeIsAnErrorOfThatColumn() throws IOException {
            CsvImport file = read("date,symbol,side,quantity,price,currency,fee,kind\n"
                    + "2021-01-04,,buy,,100,KRW,,DEPOSIT\n"
                    + "2021-01-04,,,3,100,KRW,1,DEPOSIT\n");

            assertThat(file.transactions()).isEmpty();
            assertThat(file.errors())
                    .containsExactly(
                            new CsvProblem(2, "side", "a DEPOSIT row has no 매매; leave it empty"),
                            new CsvProblem(3, "quantity", "a DEPOSIT row has no 수량; leave it empty"),
                            new CsvProblem(3, "fee", "a DEPOSIT row has no 수수료; leave it empty"));
        }

        @Test
        void anUnknownTypeIsAnErrorOfTheTypeColumn() throws IOException {
            CsvImport file = read("date,symbol,price,currency,kind\n2021-01-04,,100,KRW,gift\n");

            assertThat(file.transactions()).isEmpty();
            assertThat(file.errors()).hasSize(1);
            assertThat(file.errors().getFirst().row()).isEqualTo(2);
            assertThat(file.errors().getFirst().column()).isEqualTo("kind");
            assertThat(file.errors().getFirst().reason()).startsWith("'gift' is none of TRADE");
        }

        @Test
        void aCashFlowRowsBadDateAndAmountAreReportedLikeATradesAndItIsLeftOut() throws IOException {
            CsvImport file = read("date,symbol,price,currency,kind\n2021-13-04,,12a,KRW,입금\n");

            assertThat(file.transactions()).isEmpty();
            assertThat(file.errors()).extracting(CsvProblem::column).containsExactly("date", "price");
        }

        @Test
        void aTradeRowStillNeedsItsStockCode() throws IOException {
            CsvImport file = read("date,symbol,price,currency,kind\n2021-01-04,,100,KRW,거래\n");

            assertThat(file.errors()).containsExactly(new CsvProblem(2, "symbol", "a stock code is required"));
        }
    }

    @Nested
    class Writing {

        final List<CsvTransaction> transactions = List.of(
                new CsvTransaction(
                        LocalDate.parse("2019-06-03"),
                        "AAPL",
                        Side.BUY,
                        new BigDecimal("10"),
                        new BigDecimal("400.50"),
                        Currency.USD,
                        "일반계좌",
                        "토스증권",
                        "첫 줄, \"인용\"\n둘째 줄",
                        new BigDecimal("1.5")),
                new CsvTransaction(
                        LocalDate.parse("2021-03-02"),
                        "005930",
                        Side.SELL,
                        new BigDecimal("7"),
                        new BigDecimal("82600"),
                        Currency.KRW,
                        null,
                        null,
                        null,
                        null),
                new CsvTransaction(null, "MSFT", null, null, null, null, null, null, "a draft line", null),
                new CsvTransaction(
                        LocalDate.parse("2021-01-04"),
                        "",
                        null,
                        null,
                        new BigDecimal("1000000"),
                        Currency.KRW,
                        "일반계좌",
                        null,
                        "월급",
                        null,
                        CashFlowType.DEPOSIT),
                new CsvTransaction(
                        LocalDate.parse("2020-11-13"),
                        "AAPL",
                        null,
                        null,
                        new BigDecimal("8.20"),
                        Currency.USD,
                        null,
                        null,
                        null,
                        null,
                        CashFlowType.DIVIDEND));

        @Test
        void writesKoreanHeadersUtf8WithAByteOrderMark() throws IOException {
            StringWriter out = new StringWriter();

            TransactionCsv.write(transactions, out);

            assertThat(out.toString())
                    .startsWith("\uFEFF매매일자,주식코드,매매,수량,거래가,주식통화,계좌종류,증권사,메모,수수료,거래유형\r\n")
                    .contains("2021-03-02,005930,매도,7,82600,KRW,,,,,TRADE\r\n");
        }

        @Test
        void whatIsWrittenReadsBackEqual() throws IOException {
            StringWriter out = new StringWriter();
            TransactionCsv.write(transactions, out);

            CsvImport back = read(out.toString());

            assertThat(back.errors()).isEmpty();
            assertThat(back.warnings()).isEmpty();
            assertThat(back.transactions()).isEqualTo(transactions);
        }
    }

    @Test
    void theDelimiterIsTheOneTheHeaderHasMostOfOutsideQuotes() {
        assertThat(TransactionCsv.delimiter("a;b;c")).isEqualTo(';');
        assertThat(TransactionCsv.delimiter("\"a,b\";c")).isEqualTo(';');
        assertThat(TransactionCsv.delimiter("a\tb,c\td")).isEqualTo('\t');
        assertThat(TransactionCsv.delimiter("a,b;c\nx;y;z;w")).isEqualTo(',');
        assertThat(TransactionCsv.delimiter("code")).isEqualTo(',');
    }

    @Test
    void headerNamesAreMatchedWithoutCaseBlanksOrUnderscores() {
        assertThat(Column.named(" Trade_Date ")).contains(Column.TRADE_DATE);
        assertThat(Column.named("매매 일자")).contains(Column.TRADE_DATE);
        assertThat(Column.named("TICKER")).contains(Column.CODE);
        assertThat(Column.named("\uFEFF종목코드")).contains(Column.CODE);
        assertThat(Column.named("단가")).contains(Column.PRICE);
        assertThat(Column.named("stock name")).isEmpty();
    }

    @Test
    void aTransactionsDuplicateKeyIsItsDateSymbolSideQuantityPriceAndAccount() {
        var one = new CsvTransaction(
                LocalDate.parse("2021-01-04"),
                "aapl",
                Side.BUY,
                new BigDecimal("1.0"),
                BigDecimal.TEN,
                null,
                "ISA",
                "토스증권",
                "x",
                null);
        var other = new CsvTransaction(
                LocalDate.parse("2021-01-04"),
                "AAPL",
                Side.BUY,
                BigDecimal.ONE,
                BigDecimal.TEN,
                null,
                "ISA",
                null,
                "y",
                BigDecimal.ONE);

        assertThat(one.duplicateKey()).isEqualTo(other.duplicateKey());
    }

    @Test
    void aRowShorterThanTheHeaderHasItsLastCellsEmpty() throws IOException {
        CsvImport file = read("code,side,memo\nAAPL,buy\n");

        assertThat(file.ok()).isTrue();
        assertThat(file.transactions().getFirst().memo()).isNull();
        assertThat(file.transactions().getFirst().side()).isEqualTo(Side.BUY);
    }

    @Test
    void aSixDigitKoreanCodeStaysAsItIsAndALetterCodeIsUpperCased() throws IOException {
        CsvImport file = read("code\n035720\n1\nbrk.b\n");

        assertThat(file.transactions()).extracting(CsvTransaction::code).containsExactly("035720", "000001", "BRK.B");
    }

    @Test
    void aFileOfExactlyTheSizeLimitIsRead() throws IOException {
        byte[] limit = new byte[TransactionCsv.MAX_BYTES];
        java.util.Arrays.fill(limit, (byte) ' ');
        byte[] header = "code\nAAPL\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, limit, 0, header.length);

        assertThat(TransactionCsv.read(new ByteArrayInputStream(limit)).transactions())
                .hasSize(1);
    }
}
