package dev.ollass.api.asset;

import dev.ollass.api.asset.AssetLine.Kind;
import dev.ollass.api.auth.local.DemoAccountCreated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the local run's demo account, when it is created, the sample portfolio's trades (Korean and US
 * stocks, AAPL bought before its 2020-08-31 4:1 split, sells) and a few cash flows (a deposit, a dividend
 * received, its tax), through the ordinary write path: checked, stored and published like a user's own.
 */
@Component
class DemoPortfolio {

    private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);

    private final SamplePortfolio sample;
    private final AssetWrites writes;

    DemoPortfolio(SamplePortfolio sample, AssetWrites writes) {
        this.sample = sample;
        this.writes = writes;
    }

    /** A demo without its portfolio is still a demo: a failure here is logged, and the API starts anyway. */
    @EventListener
    void seed(DemoAccountCreated created) {
        try {
            give(created.userId());
        } catch (RuntimeException e) {
            log.warn("The demo account {} starts without its portfolio", created.userId(), e);
        }
    }

    private void give(long userId) {
        List<AssetLine> trades = new ArrayList<>();
        sample.transactions().forEach(transaction -> trades.add(CsvLines.line(userId, transaction)));
        writes.seed(userId, trades);
        writes.recordCashFlow(cash(userId, Kind.DEPOSIT, "2019-06-03", "5000000", "KRW", null, "첫 입금"));
        writes.recordCashFlow(cash(userId, Kind.DIVIDEND, "2020-11-12", "8.20", "USD", "AAPL", "애플 배당 (40주 × 0.205)"));
        writes.recordCashFlow(cash(userId, Kind.TAX, "2020-11-12", "1.23", "USD", "AAPL", "배당소득세 15%"));
        log.info("Gave the demo account {} trades and 3 cash flows", trades.size());
    }

    private static AssetLine cash(
            long userId,
            Kind kind,
            String date,
            String amount,
            String currency,
            @org.jspecify.annotations.Nullable String code,
            String memo) {
        return new AssetLine(
                0,
                userId,
                kind,
                code,
                LocalDate.parse(date),
                null,
                null,
                new BigDecimal(amount),
                currency,
                "일반계좌",
                "토스증권",
                null,
                memo);
    }
}
