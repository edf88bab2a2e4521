package dev.ollass.api.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import dev.ollass.api.asset.AssetBodies.AssetStockRequest;
import dev.ollass.web.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The original's checks of a trade (spec §2.5) with its messages, and the statuses they now have. */
class AssetRulesTest {

    private final MarketFacts market = mock(MarketFacts.class);
    private final AssetRules rules = new AssetRules(
            market,
            new MarketToday(new AssetSettings(
                    OffsetDateTime.parse("2021-04-16T23:00:00+09:00"), java.time.Duration.ofSeconds(60))));

    private static AssetStockRequest request(
            @Nullable String quantity, @Nullable String price, @Nullable String trade, @Nullable String currency) {
        return new AssetStockRequest(
                null,
                LocalDate.parse("2021-04-15"),
                currency,
                quantity == null ? null : new BigDecimal(quantity),
                "AAPL",
                "일반계좌",
                "토스증권",
                price == null ? null : new BigDecimal(price),
                trade,
                null,
                null);
    }

    private static ProblemException refusal(ThrowingCallable check) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, check);
        assertThat(problem).as("refused").isNotNull();
        return problem;
    }

    private static void assertRefused(ProblemException problem, int status, String detail, String field) {
        assertThat(problem.getStatusCode().value()).isEqualTo(status);
        assertThat(problem.getBody().getDetail()).isEqualTo(detail);
        assertThat(problem.getBody().getProperties()).containsEntry("field", field);
    }

    @Test
    void refusesQuantitiesAndPricesOutOfTheOriginalsBoundsWithItsMessages() {
        assertRefused(
                refusal(() -> AssetRules.checkShape(request("10001", "1", "매수", "USD"))),
                400,
                "수량은 10,000을 넘길 수 없습니다.",
                "수량");
        assertRefused(
                refusal(() -> AssetRules.checkShape(request("-1", "1", "매수", "USD"))), 400, "수량은 음수일 수 없습니다.", "수량");
        assertRefused(
                refusal(() -> AssetRules.checkShape(request("1", "10000000.01", "매수", "USD"))),
                400,
                "현재가가 10,000,000을 넘길 수 없습니다.",
                "거래가");
        assertRefused(
                refusal(() -> AssetRules.checkShape(request("1", "-0.5", "매수", "USD"))),
                400,
                "현재가가 음수일 수 없습니다.",
                "거래가");
    }

    @Test
    void letsTheBoundsThemselvesAndZeroPassAsTheOriginalDid() {
        assertThatCode(() -> AssetRules.checkShape(request("10000", "10000000", "매도", "KRW")))
                .doesNotThrowAnyException();
        assertThatCode(() -> AssetRules.checkShape(request("0", "0", null, null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> AssetRules.checkShape(request("0.5", null, null, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesValuesOutsideTheOriginalsEnumerationsWith422NamingTheField() {
        assertRefused(
                refusal(() -> AssetRules.checkShape(request("1", "1", "buy", "USD"))),
                422,
                "'buy' is not an allowed value of trade.",
                "trade");
        assertRefused(
                refusal(() -> AssetRules.checkShape(request("1", "1", "매수", "EUR"))),
                422,
                "'EUR' is not an allowed value of purchase_currency_type.",
                "purchase_currency_type");
    }

    @Test
    void refusesAnUnknownStockWithTheOriginalsMessage() {
        given(market.stock("NOPE")).willReturn(Optional.empty());

        assertRefused(refusal(() -> rules.checkMarket("NOPE", null, null)), 404, "NOPE를 찾지 못 했습니다.", "종목명");
    }

    @Test
    void refusesATradeDateWithoutABarUnlessItIsTodayByTheMarketClock() {
        given(market.stock("AAPL")).willReturn(Optional.of(new MarketFacts.Stock("AAPL", "애플", "Apple", "USA")));
        given(market.hasBar("AAPL", LocalDate.parse("2021-04-15"))).willReturn(true);

        assertRefused(
                refusal(() -> rules.checkMarket("AAPL", LocalDate.parse("2021-04-17"), "USD")),
                422,
                "AAPL 코드의 2021-04-17 날짜 데이터가 존재하지 않습니다.",
                "매매일자");
        assertThatCode(() -> rules.checkMarket("AAPL", LocalDate.parse("2021-04-15"), "USD"))
                .doesNotThrowAnyException();
        assertThatCode(() -> rules.checkMarket("AAPL", LocalDate.parse("2021-04-16"), "USD"))
                .as("today in Seoul and in New York")
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAKoreanStockInDollars() {
        given(market.stock("005930"))
                .willReturn(Optional.of(new MarketFacts.Stock("005930", "삼성전자", "Samsung Electronics", "Korea")));

        assertRefused(
                refusal(() -> rules.checkMarket("005930", null, "USD")), 422, "005930는 국내 주식이기에, 원화만 가능합니다.", "거래가");
        assertThatCode(() -> rules.checkMarket("005930", null, "KRW")).doesNotThrowAnyException();
    }
}
