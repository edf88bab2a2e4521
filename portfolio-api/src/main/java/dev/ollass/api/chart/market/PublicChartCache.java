package dev.ollass.api.chart.market;

import dev.ollass.api.asset.AssetSettings;
import dev.ollass.api.cache.AnswerWithMissing;
import dev.ollass.api.cache.KeptAnswers;
import dev.ollass.api.market.MarketVersion;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The public charts, computed once per data change and kept serialized in Redis under {@code chart:public:}
 * (the API's own prefix). A chart is stored under a key naming the versions of everything it was computed
 * from: the {@linkplain #marketVersion() market's version} ({@link MarketVersion}, which every batch of market data the
 * projector writes bumps, and the market's today) and, for {@code
 * people-portfolio}, the consents' and consenting users' version. A key is never overwritten with other data;
 * an entry expires after {@link PublicChartSettings#publicCacheTtl()}. Without Redis the chart is computed
 * for each request.
 *
 * <p>The codes a chart lacked data for travel with it, in the {@value #MISSING_DATA_HEADER} response header
 * (the public charts' bodies are bare arrays, which have no room for an added field).
 */
@Component
public class PublicChartCache {

    /** The response header naming, comma separated, the codes a chart lacked data for. */
    public static final String MISSING_DATA_HEADER = "Ollass-Missing-Data";

    static final String PREFIX = "chart:public:";

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final KeptAnswers<AnswerWithMissing> charts;
    private final MarketVersion marketVersion;
    private final Clock clock;

    PublicChartCache(
            RedisConnectionFactory connections,
            MarketVersion marketVersion,
            PublicChartSettings settings,
            AssetSettings assetSettings) {
        this.charts = new KeptAnswers<>(
                "the public charts",
                connections,
                settings.publicCacheTtl(),
                settings.publicNearCache().toBytes(),
                AnswerWithMissing.KEPT);
        this.marketVersion = marketVersion;
        this.clock = assetSettings.marketClock() == null
                ? Clock.systemUTC()
                : Clock.fixed(assetSettings.marketClock().toInstant(), SEOUL);
    }

    /** The market's "today" in Seoul: the market clock of the local run, else the real one. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SEOUL));
    }

    /** The version of the market projections ({@link MarketVersion}), and today. */
    public String marketVersion() {
        String newest = marketVersion.current();
        return newest + ":" + today();
    }

    /** The chart named {@code chart} of data at {@code version}, as stored, or as {@code compute} makes it (then stored). */
    public ResponseEntity<byte[]> serve(String chart, String version, Supplier<AnswerWithMissing> compute) {
        String key = PREFIX + chart + ":" + version;
        return response(charts.answer(() -> key, compute));
    }

    private static ResponseEntity<byte[]> response(AnswerWithMissing chart) {
        var response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
        if (!chart.missing().isEmpty()) {
            response.header(MISSING_DATA_HEADER, chart.missingCodes());
        }
        return response.body(chart.json());
    }
}
