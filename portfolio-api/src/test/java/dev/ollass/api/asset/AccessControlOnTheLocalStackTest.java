package dev.ollass.api.asset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.asset.AssetHttp.Answer;
import dev.ollass.api.database.PortfolioDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two real signed-in users, A and B: B can neither read nor change A's trades, memos, cash flows, columns or
 * consent by any id in a path, query or body, and a foreign id answers exactly like one that does not exist.
 */
class AccessControlOnTheLocalStackTest extends AssetStackTest {

    private static final String ASSETS = "/api/asset/v1/assetstock";
    private static final long NO_SUCH_ID = Long.MAX_VALUE;

    @Autowired
    @PortfolioDatabase
    JdbcClient portfolio;

    String alice;
    String bob;
    long aliceTrade;
    long aliceCashFlow;
    long aliceId;
    String aliceTableBefore;

    @BeforeEach
    void aliceHasAPortfolio() {
        alice = api.signUp();
        bob = api.signUp();
        Answer trade = api.post(ASSETS, alice, trade(null, "AAPL", "2019-06-03", "매수", 10, 173.30, "USD", "앨리스의 메모"));
        assertThat(trade.status()).as(trade.text()).isEqualTo(201);
        aliceTrade = trade.body().path("id").asLong();
        Answer cash = api.post(
                "/api/asset/v1/cashflow",
                alice,
                Map.of("type", "DEPOSIT", "date", "2019-06-03", "amount", 1000000, "currency", "KRW"));
        assertThat(cash.status()).as(cash.text()).isEqualTo(201);
        aliceCashFlow = cash.body().path("id").asLong();
        api.put("/api/asset/v1/asset-field", alice, List.of("종목명", "매매", "수량", "매매일자", "메모"));
        api.put("/api/event/v1/portfolio", alice, Map.of("sharing", false));
        aliceId = portfolio
                .sql("SELECT user_id FROM asset_line WHERE id = ?")
                .param(aliceTrade)
                .query(Long.class)
                .single();
        aliceTableBefore = api.get(ASSETS, alice).text();
    }

    private void assertAliceUntouched() {
        assertThat(api.get(ASSETS, alice).text()).isEqualTo(aliceTableBefore);
        assertThat(api.get("/api/asset/v1/cashflow", alice).body()).hasSize(1);
        assertThat(api.get("/api/asset/v1/asset-field", alice).body().toString())
                .isEqualTo("[\"종목명\",\"매매\",\"수량\",\"매매일자\",\"메모\"]");
        assertThat(portfolio
                        .sql("SELECT consent FROM user_event_consent WHERE user_id = ?")
                        .param(aliceId)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    /** The body but its {@code instance}, which only echoes the path the client sent. */
    private static String sameBody(Answer answer) {
        var body = (ObjectNode) answer.body();
        body.remove("instance");
        return body.toString();
    }

    @Test
    void bobCannotEditAlicesTradeAndHearsWhatHeWouldForAnIdThatDoesNotExist() {
        Map<String, Object> edit = Map.of("stock_code", "AAPL", "quantity", 1, "memo", "밥이 고침");

        Answer foreign = api.put(ASSETS, bob, with(edit, aliceTrade));
        Answer missing = api.put(ASSETS, bob, with(edit, NO_SUCH_ID));

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(sameBody(foreign)).isEqualTo(sameBody(missing));
        assertThat(foreign.body().path("detail").asString()).isEqualTo("해당하는 asset을 찾지 못 했습니다.");
        assertAliceUntouched();
    }

    @Test
    void bobCannotDeleteAlicesTradeOrCashFlow() {
        Answer foreign = api.delete(ASSETS + "/" + aliceTrade, bob);
        Answer missing = api.delete(ASSETS + "/" + NO_SUCH_ID, bob);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(sameBody(foreign)).isEqualTo(sameBody(missing));

        Answer foreignCash = api.delete("/api/asset/v1/cashflow/" + aliceCashFlow, bob);
        Answer missingCash = api.delete("/api/asset/v1/cashflow/" + NO_SUCH_ID, bob);
        assertThat(foreignCash.status()).isEqualTo(404);
        assertThat(sameBody(foreignCash)).isEqualTo(sameBody(missingCash));

        Answer aTradeAsACashFlow = api.delete("/api/asset/v1/cashflow/" + aliceTrade, alice);
        assertThat(aTradeAsACashFlow.status())
                .as("a trade id is no cash flow id")
                .isEqualTo(404);
        assertAliceUntouched();
    }

    @Test
    void bobCannotDeleteAlicesStockByItsCode() {
        Answer foreign = api.delete(ASSETS + "/stock/AAPL", bob);

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body().path("detail").asString()).isEqualTo("해당하는 주식 종목을 보유하고 있지 않습니다.");
        assertAliceUntouched();
    }

    @Test
    void bobReadsOnlyHisOwnPortfolioWhateverTheQuerySays() {
        for (String query : List.of("", "?user_id=" + aliceId, "?user=" + aliceId, "?id=" + aliceTrade)) {
            JsonNode table = api.get(ASSETS + query, bob).body();
            assertThat(table.path("stock_assets")).as(query).isEmpty();
            assertThat(api.get("/api/asset/v1/cashflow" + query, bob).body())
                    .as(query)
                    .isEmpty();
            assertThat(api.get(ASSETS + "/csv" + query, bob).text()).as(query).doesNotContain("앨리스");
            assertThat(api.get("/api/asset/v1/asset-field" + query, bob).body().toString())
                    .as(query)
                    .doesNotContain("메모");
        }
    }

    @Test
    void idsInABodyNeverReachAnotherUser() {
        Map<String, Object> body = Map.of(
                "stock_code", "AAPL", "trade_date", "2019-06-03", "quantity", 1, "user_id", aliceId, "id", aliceTrade);
        Answer created = api.post(ASSETS, bob, body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(portfolio
                        .sql("SELECT user_id FROM asset_line WHERE id = ?")
                        .param(created.body().path("id").asLong())
                        .query(Long.class)
                        .single())
                .as("Bob's line is Bob's")
                .isNotEqualTo(aliceId);

        api.put("/api/event/v1/portfolio", bob, Map.of("sharing", true, "user_id", aliceId));
        api.put("/api/asset/v1/asset-field", bob, List.of("종목명", "매매", "수량", "매매일자"));
        assertAliceUntouched();
    }

    @Test
    void withoutATokenNothingIsReadOrChanged() {
        assertThat(api.get(ASSETS, null).status()).isEqualTo(401);
        assertThat(api.put(ASSETS, null, with(Map.of("stock_code", "AAPL"), aliceTrade))
                        .status())
                .isEqualTo(401);
        assertThat(api.delete(ASSETS + "/" + aliceTrade, null).status()).isEqualTo(401);
        assertThat(api.get(ASSETS + "/csv", null).status()).isEqualTo(401);
        assertThat(api.get("/api/asset/v1/cashflow", null).status()).isEqualTo(401);
        assertThat(api.put("/api/event/v1/portfolio", null, Map.of("sharing", true))
                        .status())
                .isEqualTo(401);
        assertAliceUntouched();
    }

    private static Map<String, Object> with(Map<String, Object> body, long id) {
        var copy = new java.util.HashMap<>(body);
        copy.put("id", id);
        return copy;
    }
}
