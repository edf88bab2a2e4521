package dev.ollass.api.asset;

import dev.ollass.api.asset.AssetLine.Kind;
import dev.ollass.api.holding.Trade;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the charts read of the asset lines: a user's trades (or the sample's) as the holdings calculation takes
 * them, with their account type; the market clock's today; where the user's change counter is kept (bumped after
 * every committed change of the user's lines, so a cache keyed by it reads the user's writes).
 */
@Component
public class ChartTrades {

    /** A trade and the account type ({@code 계좌종류}) its line names, if any. */
    public record Line(Trade trade, @Nullable String accountType) {}

    private final AssetLines lines;
    private final SamplePortfolio sample;
    private final MarketToday today;

    ChartTrades(AssetLines lines, SamplePortfolio sample, MarketToday today) {
        this.lines = lines;
        this.sample = sample;
        this.today = today;
    }

    /** The user's trades, complete or not (cash flows left out). */
    public List<Line> of(long userId) {
        return lines.of(userId, Kind.TRADE).stream().map(ChartTrades::line).toList();
    }

    /** The sample portfolio's trades. */
    public List<Line> sample() {
        return sample.lines().stream()
                .filter(line -> line.kind() == Kind.TRADE)
                .map(ChartTrades::line)
                .toList();
    }

    /** Today by the market clock (Seoul). */
    public LocalDate today() {
        return today.today();
    }

    /** The Redis key of the user's change counter (absent: version 0). */
    public static String versionKey(long userId) {
        return AssetStockCache.versionKey(userId);
    }

    private static Line line(AssetLine line) {
        return new Line(AssetWrites.trade(line), line.accountType());
    }
}
