package dev.ollass.api.asset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.ProjectorSchema;
import dev.ollass.api.asset.AssetHttp.Answer;
import dev.ollass.api.auth.local.DemoAccountCreated;
import dev.ollass.api.database.PortfolioDatabase;
import dev.ollass.contracts.portfolio.TransactionsChanged;
import dev.ollass.contracts.portfolio.TransactionsChanged.Change;
import dev.ollass.contracts.topic.Topics;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * A signed-in user's portfolio through the whole API: trades recorded, read, edited and deleted with the
 * original's bodies, valued with sells and splits, refused where the original's checks (and the holding) say
 * so, exported and re-imported as CSV, published on {@code portfolio.transactions.v1}, gone with the account.
 */
class AssetsOnTheLocalStackTest extends AssetStackTest {

    private static final String ASSETS = "/api/asset/v1/assetstock";

    @Autowired
    @PortfolioDatabase
    JdbcClient portfolio;

    @Autowired
    ApplicationEventPublisher events;

    private long create(String token, Map<String, Object> body) {
        Answer created = api.post(ASSETS, token, body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().path("id").asLong();
    }

    private static JsonNode group(JsonNode table, String code) {
        for (JsonNode group : table.path("stock_assets")) {
            if (group.path("parent").path("주식코드").asString().equals(code)) {
                return group;
            }
        }
        throw new AssertionError("no group of " + code + " in " + table);
    }

    private static void assertProblem(Answer answer, int status, String type, String detail, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode body = answer.body();
        assertThat(body.path("type").asString()).isEqualTo("https://ollass.dev/problems/" + type);
        assertThat(body.path("status_code").asInt()).isEqualTo(status);
        assertThat(body.path("detail").asString()).isEqualTo(detail);
        assertThat(body.path("field").asString()).isEqualTo(field);
    }

    @Test
    void aTradeIsCreatedReadEditedAndDeletedWithTheOriginalsBodies() {
        String token = api.signUp();

        Answer created = api.post(ASSETS, token, trade(null, "AAPL", "2019-06-03", "매수", 10, 173.30, "USD", "분할 전 매수"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("status_code").asInt()).isEqualTo(201);
        assertThat(created.body().path("detail").asString()).isEqualTo("주식 자산 성공적으로 등록 했습니다.");
        assertThat(created.body().path("field").asString()).isEmpty();
        long id = created.body().path("id").asLong();

        JsonNode row = group(api.get(ASSETS, token).body(), "AAPL").path("sub").get(0);
        assertThat(row.path("id").asLong()).isEqualTo(id);
        assertThat(row.path("종목명").asString()).isEqualTo("애플");
        assertThat(row.path("매매").asString()).isEqualTo("매수");
        assertThat(row.path("수량").decimalValue()).isEqualByComparingTo("10");
        assertThat(row.path("거래가").decimalValue()).isEqualByComparingTo("173.30");
        assertThat(row.path("메모").asString()).isEqualTo("분할 전 매수");

        Answer edited = api.put(ASSETS, token, Map.of("id", id, "stock_code", "AAPL", "memo", "4:1 분할 전"));
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        assertThat(edited.body().path("detail").asString()).isEqualTo("주식 자산을 성공적으로 수정 하였습니다.");
        JsonNode editedRow =
                group(api.get(ASSETS, token).body(), "AAPL").path("sub").get(0);
        assertThat(editedRow.path("메모").asString()).isEqualTo("4:1 분할 전");
        assertThat(editedRow.path("수량").decimalValue())
                .as("a field left out keeps its value")
                .isEqualByComparingTo("10");

        Answer deleted = api.delete(ASSETS + "/" + id, token);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().path("detail").asString()).isEqualTo("주식 자산이 성공적으로 삭제 되었습니다.");
        assertThat(api.get(ASSETS, token).body().path("stock_assets")).isEmpty();
        assertProblem(
                api.delete(ASSETS + "/" + id, token), 404, "asset-not-found", "해당하는 asset id가 유저에게 존재하지 않습니다.", "id");
    }

    @Test
    void theTableIsKeptUntilTheUsersLinesOrTheLatestPricesChange() {
        String token = api.signUp();
        long id = create(token, trade(null, "005930", "2020-03-16", "매수", 10, 48900, "KRW", "첫 매수"));
        assertThat(group(api.get(ASSETS, token).body(), "005930")
                        .path("sub")
                        .get(0)
                        .path("메모")
                        .asString())
                .isEqualTo("첫 매수");

        // A change behind the API's back is not seen: the answer is the kept one.
        portfolio
                .sql("UPDATE asset_line SET memo = '몰래 바꾼 메모' WHERE id = ?")
                .param(id)
                .update();
        assertThat(group(api.get(ASSETS, token).body(), "005930")
                        .path("sub")
                        .get(0)
                        .path("메모")
                        .asString())
                .isEqualTo("첫 매수");

        // The projector's side: the API's own connection to the market is read-only.
        LocalStack stack = LocalStackExtension.stack();
        JdbcClient market = JdbcClient.create(
                new DriverManagerDataSource(stack.jdbcUrl(AssetMarket.SCHEMA), stack.jdbcUser(), stack.jdbcPassword()));
        try {
            market.sql("UPDATE latest_price SET price = 90000, observed_at = '2021-04-16 22:00:00' WHERE symbol ="
                            + " '005930'")
                    .update();
            ProjectorSchema.bumpVersion(market);
            JsonNode row =
                    group(api.get(ASSETS, token).body(), "005930").path("sub").get(0);
            assertThat(row.path("현재가").decimalValue())
                    .as("a new latest price is seen at once")
                    .isEqualByComparingTo("90000");
            assertThat(row.path("메모").asString()).isEqualTo("몰래 바꾼 메모");
        } finally {
            market.sql("UPDATE latest_price SET price = 83900, observed_at = '2021-04-16 07:00:00' WHERE symbol ="
                            + " '005930'")
                    .update();
            ProjectorSchema.bumpVersion(market);
        }

        api.put(ASSETS, token, Map.of("id", id, "stock_code", "005930", "memo", "고친 메모"));
        assertThat(group(api.get(ASSETS, token).body(), "005930")
                        .path("sub")
                        .get(0)
                        .path("현재가")
                        .decimalValue())
                .as("the user's change is read by the next GET, at today's price again")
                .isEqualByComparingTo("83900");
        assertThat(group(api.get(ASSETS, token).body(), "005930")
                        .path("sub")
                        .get(0)
                        .path("메모")
                        .asString())
                .isEqualTo("고친 메모");
    }

    @Test
    void aBuyBeforeTheSplitAndASellAfterItAreValuedInTodaysShares() {
        String token = api.signUp();
        create(token, trade(null, "AAPL", "2019-06-03", "매수", 10, 173.30, "USD", null));
        create(token, trade(null, "AAPL", "2020-11-02", "매도", 20, 108.77, "USD", "절반 매도"));

        JsonNode table = api.get(ASSETS, token).body();
        JsonNode parent = group(table, "AAPL").path("parent");

        // 10 shares before the 4:1 split are 40 today at 43.325; 20 sold leave 20.
        assertThat(parent.path("수량").decimalValue()).isEqualByComparingTo("20");
        assertThat(parent.path("평균단가").decimalValue()).isEqualByComparingTo("43.325");
        // (108.77 - 43.325) x 20 sold, and (134.16 - 43.325) x 20 held.
        assertThat(parent.path("실현수익금").decimalValue()).isEqualByComparingTo("1308.9");
        assertThat(parent.path("수익금").decimalValue()).isEqualByComparingTo("1816.7");
        assertThat(table.path("won_exchange").decimalValue()).isEqualByComparingTo("1116.92");
        assertThat(group(table, "AAPL").path("sub")).hasSize(2);
    }

    @Test
    void aSellNeverExceedsTheHoldingOnItsDateNotEvenAfterItsBuyIsEditedOrDeleted() {
        String token = api.signUp();
        long buy = create(token, trade(null, "AAPL", "2019-06-03", "매수", 10, 173.30, "USD", null));

        assertProblem(
                api.post(ASSETS, token, trade(null, "AAPL", "2020-11-02", "매도", 41, 108.77, "USD", null)),
                409,
                "sell-exceeds-holding",
                "AAPL 매도 수량이 2020-11-02 보유 수량보다 많습니다. (보유 40주, 매도 41주, 분할 반영)",
                "수량");
        create(token, trade(null, "AAPL", "2020-11-02", "매도", 40, 108.77, "USD", null));

        Answer smallerBuy = api.put(ASSETS, token, Map.of("id", buy, "stock_code", "AAPL", "quantity", 9));
        assertThat(smallerBuy.status()).as(smallerBuy.text()).isEqualTo(409);
        Answer buyDeleted = api.delete(ASSETS + "/" + buy, token);
        assertThat(buyDeleted.status()).as(buyDeleted.text()).isEqualTo(409);
        assertThat(group(api.get(ASSETS, token).body(), "AAPL").path("sub"))
                .as("nothing changed")
                .hasSize(2);
    }

    @Test
    void theSamplePortfolioIsPublicAndValuedLikeAUsers() {
        Answer sample = api.get(ASSETS.replace("assetstock", "sample/assetstock"), null);

        assertThat(sample.status()).as(sample.text()).isEqualTo(200);
        // 10 and 5 AAPL bought before the 4:1 split are 60 shares today; 20 sold after it leave 40.
        assertThat(group(sample.body(), "AAPL").path("parent").path("수량").decimalValue())
                .isEqualByComparingTo("40");
        assertThat(group(sample.body(), "005930").path("parent").path("수량").decimalValue())
                .isEqualByComparingTo("15");
        assertThat(sample.body().path("asset_fields")).hasSize(17);
    }

    @Test
    void theDemoAccountStartsWithTheSampleTradesAndThreeCashFlows() {
        String token = api.signUp();
        long userId =
                portfolio.sql("SELECT MAX(id) FROM `user`").query(Long.class).single();

        events.publishEvent(new DemoAccountCreated(userId));

        JsonNode table = api.get(ASSETS, token).body();
        assertThat(group(table, "AAPL").path("parent").path("수량").decimalValue())
                .isEqualByComparingTo("40");
        assertThat(group(table, "AAPL").path("sub")).hasSize(3);
        assertThat(api.get("/api/asset/v1/cashflow", token).body()).hasSize(3);
    }

    @Test
    void refusesWhatTheOriginalRefusedWithItsMessagesAndRealStatuses() {
        String token = api.signUp();

        assertProblem(
                api.post(ASSETS, token, trade(null, "AAPL", "2021-04-15", "매수", 10001, 1, "USD", null)),
                400,
                "invalid-asset",
                "수량은 10,000을 넘길 수 없습니다.",
                "수량");
        assertProblem(
                api.post(ASSETS, token, trade(null, "NOPE", null, null, null, null, null, null)),
                404,
                "stock-not-found",
                "NOPE를 찾지 못 했습니다.",
                "종목명");
        assertProblem(
                api.post(ASSETS, token, trade(null, "AAPL", "2021-04-10", "매수", 1, 1, "USD", null)),
                422,
                "no-market-data-on-trade-date",
                "AAPL 코드의 2021-04-10 날짜 데이터가 존재하지 않습니다.",
                "매매일자");
        assertProblem(
                api.post(ASSETS, token, trade(null, "005930", "2021-04-16", "매수", 1, 1, "USD", null)),
                422,
                "korean-stock-in-won-only",
                "005930는 국내 주식이기에, 원화만 가능합니다.",
                "거래가");
        long id = create(token, trade(null, "AAPL", "2021-04-15", "매수", 1, 1, "USD", null));
        assertProblem(
                api.put(ASSETS, token, Map.of("id", id, "stock_code", "AAPL", "trade_price", 10000001)),
                400,
                "invalid-asset",
                "현재가가 10,000,000을 넘길 수 없습니다.",
                "거래가");
    }

    @Test
    void aDraftLineIsShownWithEmptyComputedColumnsAndCountsNowhere() {
        String token = api.signUp();
        create(token, trade(null, "005930", null, null, null, null, null, "살 계획"));

        JsonNode table = api.get(ASSETS, token).body();
        JsonNode row = group(table, "005930").path("sub").get(0);

        assertThat(row.path("매매").asString()).as("a missing side is a buy").isEqualTo("매수");
        assertThat(row.path("현재가").isNull()).isTrue();
        assertThat(row.path("수익금").isNull()).isTrue();
        assertThat(group(table, "005930").path("parent").path("수량").decimalValue())
                .isEqualByComparingTo("0");
        assertThat(table.path("total_invest_amount").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void theAssetFieldsCanBeSetWithoutReadingThemFirstAndAreRefusedByTheOriginalsRules() {
        String token = api.signUp();
        List<String> columns = List.of("종목명", "매매", "수량", "매매일자", "메모");

        Answer set = api.put("/api/asset/v1/asset-field", token, columns);

        assertThat(set.status()).as(set.text()).isEqualTo(200);
        assertThat(set.body().path("detail").asString()).isEqualTo("자산관리 필드를 성공적으로 수정 하였습니다.");
        assertThat(api.get("/api/asset/v1/asset-field", token).body().toString())
                .isEqualTo("[\"종목명\",\"매매\",\"수량\",\"매매일자\",\"메모\"]");
        assertProblem(
                api.put("/api/asset/v1/asset-field", token, List.of()),
                400,
                "invalid-asset-fields",
                "빈 배열을 받았습니다. 필수 필드가 포함되어 있어야 합니다.",
                "");
    }

    @Test
    void aNewUserReadsTheDefaultColumns() {
        String token = api.signUp();

        assertThat(api.get("/api/asset/v1/asset-field", token).body().toString())
                .isEqualTo("[\"종목명\",\"매매\",\"수량\",\"매매일자\",\"거래가\",\"현재가\",\"수익률\",\"수익금\",\"배당금\"]");
    }

    @Test
    void theExportReadsBackAndItsReimportIsRefusedRowByRowAsDuplicates() {
        String token = api.signUp();
        create(token, trade(null, "AAPL", "2019-06-03", "매수", 10, 173.30, "USD", "첫 매수"));
        create(token, trade(null, "005930", "2020-03-16", "매수", 20, 48900, "KRW", null));

        Answer export = api.get(ASSETS + "/csv", token);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        byte[] csv = export.raw().body();
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .startsWith("\uFEFF매매일자")
                .contains("첫 매수");

        Answer again = api.postCsv(ASSETS + "/csv", token, csv);
        assertThat(again.status()).as(again.text()).isEqualTo(422);
        assertThat(again.body().path("type").asString()).isEqualTo("https://ollass.dev/problems/csv-import-refused");
        assertThat(again.body().path("errors")).hasSize(2);
        assertThat(again.body().path("errors").get(0).path("row").asInt()).isEqualTo(2);
        assertThat(again.body().path("errors").get(1).path("row").asInt()).isEqualTo(3);

        String other = api.signUp();
        Answer imported = api.postCsv(ASSETS + "/csv", other, csv);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        assertThat(imported.body().path("imported").asInt()).isEqualTo(2);
        assertThat(group(api.get(ASSETS, other).body(), "AAPL")
                        .path("parent")
                        .path("수량")
                        .decimalValue())
                .isEqualByComparingTo("40");
    }

    @Test
    void aCsvWithABadRowImportsNothingAndNamesRowColumnAndReason() {
        String token = api.signUp();
        String csv = "date,symbol,side,quantity,price,currency\n"
                + "2019-06-03,AAPL,buy,10,173.30,USD\n"
                + "2019-06-03,AAPL,buy,20000,173.30,USD\n";

        Answer refused = api.postCsv(ASSETS + "/csv", token, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        JsonNode error = refused.body().path("errors").get(0);
        assertThat(error.path("row").asInt()).isEqualTo(3);
        assertThat(error.path("column").asString()).isEqualTo("수량");
        assertThat(error.path("reason").asString()).isEqualTo("수량은 10,000을 넘길 수 없습니다.");
        assertThat(api.get(ASSETS, token).body().path("stock_assets")).isEmpty();
    }

    @Test
    void aReimportWithoutASideColumnIsRefusedAsDuplicateToo() {
        String token = api.signUp();
        byte[] csv =
                "date;symbol;quantity;price;currency\n2019-06-03;AAPL;10;173.30;USD\n".getBytes(StandardCharsets.UTF_8);

        assertThat(api.postCsv(ASSETS + "/csv", token, csv).status()).isEqualTo(201);
        Answer again = api.postCsv(ASSETS + "/csv", token, csv);

        assertThat(again.status()).as(again.text()).isEqualTo(422);
        assertThat(again.body().path("errors").get(0).path("reason").asString()).startsWith("이미 등록된 거래입니다");
    }

    private void cashFlow(String token, String type, String date, String amount, String currency, String code) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(
                Map.of("type", type, "date", date, "amount", new java.math.BigDecimal(amount), "currency", currency));
        if (code != null) {
            body.put("stock_code", code);
        }
        Answer created = api.post("/api/asset/v1/cashflow", token, body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    @Test
    void theTableTotalsTheCashFlowsInKrwAtTheRateOfEachDate() {
        String token = api.signUp();
        // 1,000,000 KRW + 1,000 USD × 1,182 (2019-06-03) = 2,182,000 deposited; 200,000 withdrawn: 1,982,000 put in;
        // a dividend of 10 USD and its tax of 1.5 USD on 2020-11-06, no rate that day: 2020-11-02's 1,135
        cashFlow(token, "DEPOSIT", "2020-03-16", "1000000", "KRW", null);
        cashFlow(token, "입금", "2019-06-03", "1000", "USD", null);
        cashFlow(token, "WITHDRAWAL", "2021-04-16", "200000", "KRW", null);
        cashFlow(token, "DIVIDEND", "2020-11-06", "10", "USD", "AAPL");
        cashFlow(token, "세금", "2020-11-06", "1.5", "USD", "AAPL");

        JsonNode table = api.get(ASSETS, token).body();

        assertThat(table.path("total_deposit_amount").decimalValue()).isEqualByComparingTo("2182000");
        assertThat(table.path("total_withdrawal_amount").decimalValue()).isEqualByComparingTo("200000");
        assertThat(table.path("net_contribution_amount").decimalValue()).isEqualByComparingTo("1982000");
        assertThat(table.path("total_received_dividend_amount").decimalValue()).isEqualByComparingTo("11350");
        assertThat(table.path("total_tax_amount").decimalValue()).isEqualByComparingTo("1702.5");
        assertThat(table.path("stock_assets"))
                .as("cash flows are no stock rows")
                .isEmpty();
        assertThat(table.path("total_asset_amount").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void cashFlowsAreExportedWithTheTradesAndReimportedToTheSameTotals() {
        String token = api.signUp();
        create(token, trade(null, "005930", "2020-03-16", "매수", 20, 48900, "KRW", null));
        cashFlow(token, "DEPOSIT", "2020-03-16", "1000000", "KRW", null);
        cashFlow(token, "DIVIDEND", "2020-11-06", "10", "USD", "AAPL");

        byte[] csv = api.get(ASSETS + "/csv", token).raw().body();

        assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains(",거래유형\r\n")
                .contains("2020-03-16,005930,매수,20,48900,KRW,일반계좌,토스증권,,,TRADE\r\n")
                .contains("2020-03-16,,,,1000000,KRW,,,,,DEPOSIT\r\n")
                .contains("2020-11-06,AAPL,,,10,USD,,,,,DIVIDEND\r\n");
        Answer again = api.postCsv(ASSETS + "/csv", token, csv);
        assertThat(again.status()).as(again.text()).isEqualTo(422);
        assertThat(again.body().path("errors"))
                .extracting(e -> e.path("row").asInt())
                .containsExactly(2, 3, 4);

        String other = api.signUp();
        Answer imported = api.postCsv(ASSETS + "/csv", other, csv);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        assertThat(imported.body().path("imported").asInt()).isEqualTo(3);
        JsonNode table = api.get(ASSETS, other).body();
        assertThat(table.path("total_deposit_amount").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(table.path("total_received_dividend_amount").decimalValue()).isEqualByComparingTo("11350");
        assertThat(api.get("/api/asset/v1/cashflow", other).body()).hasSize(2);
    }

    @Test
    void aCashFlowRowIsCheckedLikeAPostOfACashFlow() {
        String token = api.signUp();
        String csv = "date,symbol,price,currency,kind\n"
                + "2021-01-04,,1000,KRW,DEPOSIT\n"
                + "2021-01-04,,2000000000000,KRW,DEPOSIT\n"
                + "2021-01-04,NOPE,10,USD,DIVIDEND\n"
                + ",,10,USD,TAX\n";

        Answer refused = api.postCsv(ASSETS + "/csv", token, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        JsonNode errors = refused.body().path("errors");
        assertThat(errors).extracting(e -> e.path("row").asInt()).containsExactly(3, 4, 5);
        assertThat(errors.get(0).path("column").asString()).isEqualTo("거래가");
        assertThat(errors.get(0).path("reason").asString()).isEqualTo("amount는 1,000,000,000,000을 넘길 수 없습니다.");
        assertThat(errors.get(1).path("column").asString()).isEqualTo("주식코드");
        assertThat(errors.get(1).path("reason").asString()).isEqualTo("NOPE를 찾지 못 했습니다.");
        assertThat(errors.get(2).path("column").asString()).isEqualTo("매매일자");
        assertThat(api.get("/api/asset/v1/cashflow", token).body()).isEmpty();
    }

    @Test
    void anImportWhoseSellExceedsTheHoldingIsRefusedWith409NamingTheRowAndNothingIsWritten() {
        String token = api.signUp();
        create(token, trade(null, "AAPL", "2019-06-03", "매수", 10, 173.30, "USD", null));
        String csv = "date,symbol,side,quantity,price,currency\n"
                + "2021-04-15,AAPL,buy,1,134.50,USD\n"
                + "2020-11-02,AAPL,sell,50,108.77,USD\n"
                + "2020-03-16,005930,buy,1,48900,KRW\n";

        Answer refused = api.postCsv(ASSETS + "/csv", token, csv.getBytes(StandardCharsets.UTF_8));

        assertProblem(
                refused, 409, "csv-import-sell-exceeds-holding", "1건의 매도가 그 날짜의 보유 수량보다 많아 아무것도 가져오지 않았습니다.", "수량");
        JsonNode error = refused.body().path("errors").get(0);
        assertThat(error.path("row").asInt()).isEqualTo(3);
        assertThat(error.path("column").asString()).isEqualTo("수량");
        assertThat(error.path("reason").asString())
                .isEqualTo("AAPL 매도 수량이 2020-11-02 보유 수량보다 많습니다. (보유 40주, 매도 50주, 분할 반영)");
        JsonNode table = api.get(ASSETS, token).body();
        assertThat(table.path("stock_assets")).as("not even the good rows").hasSize(1);
        assertThat(group(table, "AAPL").path("sub")).hasSize(1);
    }

    @Test
    void anImportedSellThatLeavesARecordedSellUncoveredIsRefusedNamingItsRow() {
        String token = api.signUp();
        create(token, trade(null, "AAPL", "2019-06-03", "매수", 10, 173.30, "USD", null));
        long recordedSell = create(token, trade(null, "AAPL", "2021-04-16", "매도", 40, 134.16, "USD", null));
        String csv = "date,symbol,side,quantity,price,currency\n2020-11-02,AAPL,sell,10,108.77,USD\n";

        Answer refused = api.postCsv(ASSETS + "/csv", token, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        JsonNode error = refused.body().path("errors").get(0);
        assertThat(error.path("row").asInt()).isEqualTo(2);
        assertThat(error.path("reason").asString())
                .isEqualTo("이 매도로 이미 등록된 거래(id " + recordedSell + ")가 보유보다 많이 팝니다: AAPL 매도 수량이"
                        + " 2021-04-16 보유 수량보다 많습니다. (보유 30주, 매도 40주, 분할 반영)");
        assertThat(group(api.get(ASSETS, token).body(), "AAPL").path("sub")).hasSize(2);
    }

    @Test
    void aCsvOverTheSizeLimitIsRefusedWith413() {
        String token = api.signUp();
        byte[] large = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'a');

        Answer refused = api.postCsv(ASSETS + "/csv", token, large);

        assertThat(refused.status()).as(refused.text()).isEqualTo(413);
        assertThat(refused.body().path("type").asString()).isEqualTo("https://ollass.dev/problems/csv-too-large");
    }

    @Test
    void everyChangeIsPublishedByUserAndADeletedAccountLeavesNothing() {
        String token = api.signUp();
        long id = create(token, trade(null, "AAPL", "2021-04-15", "매수", 1, 134.5, "USD", null));
        api.put(ASSETS, token, Map.of("id", id, "stock_code", "AAPL", "memo", "메모"));
        api.put("/api/event/v1/portfolio", token, Map.of("sharing", true));
        api.put("/api/asset/v1/asset-field", token, List.of("종목명", "매매", "수량", "매매일자"));
        long userId = portfolio
                .sql("SELECT user_id FROM asset_line WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single();

        Answer quit = api.post("/api/auth/v1/user/delete", token, Map.of("reason", "test"));

        assertThat(quit.status()).as(quit.text()).isEqualTo(200);
        for (String table : List.of("asset_line", "asset_field", "user_event_consent")) {
            assertThat(portfolio
                            .sql("SELECT COUNT(*) FROM " + table + " WHERE user_id = ?")
                            .param(userId)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        List<TransactionsChanged> events = events(userId, 3);
        assertThat(events)
                .extracting(TransactionsChanged::change)
                .containsExactly(Change.RECORDED, Change.EDITED, Change.ERASED);
        assertThat(events.get(1).recorded().getFirst().memo()).isEqualTo("메모");
    }

    private static List<TransactionsChanged> events(long userId, int expected) {
        var topic = Topics.PORTFOLIO_TRANSACTIONS;
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackExtension.stack().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "portfolio-transactions-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        List<TransactionsChanged> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(
                config, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline) && found.size() < expected) {
                for (ConsumerRecord<String, TransactionsChanged> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key().equals(Long.toString(userId))) {
                        found.add(record.value());
                    }
                }
            }
        }
        return found;
    }
}
