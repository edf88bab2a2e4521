package dev.ollass.contracts.topic;

import dev.ollass.contracts.collect.FetchDone;
import dev.ollass.contracts.collect.FetchRequest;
import dev.ollass.contracts.identity.UserDeleted;
import dev.ollass.contracts.market.CorporateAction;
import dev.ollass.contracts.market.CurrentPrice;
import dev.ollass.contracts.market.DailyBar;
import dev.ollass.contracts.market.IngestRejected;
import dev.ollass.contracts.market.LatestPrice;
import dev.ollass.contracts.market.ListedStock;
import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.market.PriceDataMissing;
import dev.ollass.contracts.market.PriceTick;
import dev.ollass.contracts.market.RecordedImport;
import dev.ollass.contracts.portfolio.TransactionsChanged;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/** The one place that defines Ollass's topics. Names carry a version so a contract can change by migration. */
public final class Topics {

    /** Source of record: every observed tick, keyed by symbol, kept forever. */
    public static final TopicDefinition<String, PriceTick> PRICE_TICKS = new TopicDefinition<>(
            "market.price-ticks.v1",
            Serdes.String(),
            JsonSerde.of(PriceTick.class),
            6,
            false,
            TopicDefinition.KEEP_FOREVER,
            "daily OHLCV observations keyed by symbol");

    /** Source of record: dividends and splits, keyed by symbol, kept forever (natural key {@link CorporateAction#key()}). */
    public static final TopicDefinition<String, CorporateAction> CORPORATE_ACTIONS = new TopicDefinition<>(
            "market.corporate-actions.v1",
            Serdes.String(),
            JsonSerde.of(CorporateAction.class),
            6,
            false,
            TopicDefinition.KEEP_FOREVER,
            "dividends and splits keyed by symbol");

    /**
     * The current price of each stock and level of each index, keyed by {@link CurrentPrice#key()}
     * ({@code STOCK|005930}, {@code INDEX|KS11}), newest entry per key.
     */
    public static final TopicDefinition<String, CurrentPrice> CURRENT_PRICES = new TopicDefinition<>(
            "market.current-prices.v1",
            Serdes.String(),
            JsonSerde.of(CurrentPrice.class),
            3,
            true,
            TopicDefinition.KEEP_FOREVER,
            "current prices of stocks and levels of indices, keyed by kind and code");

    /** Reference data: the symbol universe, newest entry per code. */
    public static final TopicDefinition<String, ListedStock> SYMBOLS = new TopicDefinition<>(
            "market.symbols.v1",
            Serdes.String(),
            JsonSerde.of(ListedStock.class),
            3,
            true,
            TopicDefinition.KEEP_FOREVER,
            "the stocks users can record, keyed by code");

    /**
     * The ingestor's ledger of the recorded files it has published, keyed by file name, newest entry
     * per file: a restart skips a file already published with the same content.
     */
    public static final TopicDefinition<String, RecordedImport> RECORDED_IMPORTS = new TopicDefinition<>(
            "market.recorded-imports.v1",
            Serdes.String(),
            JsonSerde.of(RecordedImport.class),
            1,
            true,
            TopicDefinition.KEEP_FOREVER,
            "recorded files the ingestor has published, keyed by file name, with their content digest");

    /** Ticks the projector could not read or process: raw bytes, the error in the record headers. */
    public static final TopicDefinition<byte[], byte[]> PRICE_TICK_DEAD_LETTERS = new TopicDefinition<>(
            "market.price-ticks.v1.dlq",
            Serdes.ByteArray(),
            Serdes.ByteArray(),
            1,
            false,
            TopicDefinition.KEEP_FOREVER,
            "ticks the projector could not apply, as received, with the exception in headers");

    /** Input the ingestor could not use, with the reason and the raw payload. */
    public static final TopicDefinition<String, IngestRejected> INGEST_REJECTS = new TopicDefinition<>(
            "market.ingest-rejects.v1",
            Serdes.String(),
            JsonSerde.of(IngestRejected.class),
            1,
            false,
            Duration.ofDays(90).toMillis(),
            "raw market data that could not be parsed or validated, keyed by origin");

    /**
     * Projection: one daily bar per series and trading date (key {@link DailyBar#key()}, {@code
     * SYMBOL|KIND|YYYY-MM-DD}), flagged when suspect.
     */
    public static final TopicDefinition<String, DailyBar> DAILY_BARS = new TopicDefinition<>(
            "market.daily-bars.v1",
            Serdes.String(),
            JsonSerde.of(DailyBar.class),
            6,
            true,
            TopicDefinition.KEEP_FOREVER,
            "daily bars, newest observation per symbol and exchange-local date");

    /** Projection: the latest price per series (key {@link LatestPrice#key()}, {@code SYMBOL|KIND}). */
    public static final TopicDefinition<String, LatestPrice> LATEST_PRICES = new TopicDefinition<>(
            "market.latest-prices.v1",
            Serdes.String(),
            JsonSerde.of(LatestPrice.class),
            6,
            true,
            TopicDefinition.KEEP_FOREVER,
            "latest close per symbol");

    /** Missing-data events from the completeness audit (key {@code SYMBOL|YYYY-MM-DD}). */
    public static final TopicDefinition<String, PriceDataMissing> DATA_GAPS = new TopicDefinition<>(
            "market.data-gaps.v1",
            Serdes.String(),
            JsonSerde.of(PriceDataMissing.class),
            1,
            false,
            Duration.ofDays(30).toMillis(),
            "symbols whose bar for a finished trading date is missing");

    /**
     * The completeness audit's findings per market and trading day (key {@link MarketDataGap#key()},
     * {@code MARKET|YYYY-MM-DD}): what is missing, then, once filled, that it is resolved.
     */
    public static final TopicDefinition<String, MarketDataGap> MARKET_DATA_GAPS = new TopicDefinition<>(
            "market.data-gaps.v2",
            Serdes.String(),
            JsonSerde.of(MarketDataGap.class),
            3,
            false,
            Duration.ofDays(30).toMillis(),
            "missing and resolved data per market and trading day, with their content");

    /** Market data-gap findings the notifier could not e-mail after its retries, the reason in the headers. */
    public static final TopicDefinition<String, MarketDataGap> MARKET_DATA_GAPS_DEAD_LETTERS = new TopicDefinition<>(
            "market.data-gaps.v2.dlt",
            Serdes.String(),
            JsonSerde.of(MarketDataGap.class),
            1,
            false,
            TopicDefinition.KEEP_FOREVER,
            "market data-gap findings that could not be e-mailed, with the reason in headers");

    /** Missing-data events the notifier could not deliver after its retries. */
    public static final TopicDefinition<String, PriceDataMissing> DATA_GAPS_DEAD_LETTERS = new TopicDefinition<>(
            "market.data-gaps.v1.dlt",
            Serdes.String(),
            JsonSerde.of(PriceDataMissing.class),
            1,
            false,
            TopicDefinition.KEEP_FOREVER,
            "missing-data alerts that could not be e-mailed");

    /**
     * Daily bars the MySQL sink could not apply after its bounded retries (too long a code, a
     * constraint violation), as they were on {@link #DAILY_BARS}, the reason in the record headers.
     */
    public static final TopicDefinition<String, DailyBar> DAILY_BAR_SINK_DEAD_LETTERS = new TopicDefinition<>(
            "market.daily-bars.v1.dlt",
            Serdes.String(),
            JsonSerde.of(DailyBar.class),
            1,
            false,
            TopicDefinition.KEEP_FOREVER,
            "daily bars the projector's sink could not write, with the exception in headers");

    /** Latest prices the sinks could not apply, as they were on {@link #LATEST_PRICES}, the reason in the headers. */
    public static final TopicDefinition<String, LatestPrice> LATEST_PRICE_SINK_DEAD_LETTERS = new TopicDefinition<>(
            "market.latest-prices.v1.dlt",
            Serdes.String(),
            JsonSerde.of(LatestPrice.class),
            1,
            false,
            TopicDefinition.KEEP_FOREVER,
            "latest prices the projector's sinks could not write, with the exception in headers");

    /**
     * Corporate actions the sink could not apply, as they were on {@link #CORPORATE_ACTIONS}, the reason
     * in the headers.
     */
    public static final TopicDefinition<String, CorporateAction> CORPORATE_ACTION_SINK_DEAD_LETTERS =
            new TopicDefinition<>(
                    "market.corporate-actions.v1.dlt",
                    Serdes.String(),
                    JsonSerde.of(CorporateAction.class),
                    1,
                    false,
                    TopicDefinition.KEEP_FOREVER,
                    "dividends and splits the projector's sink could not write, with the exception in headers");

    /**
     * Current prices the projector's sink could not apply after its bounded retries, as they were on
     * {@link #CURRENT_PRICES}, the reason in the record headers.
     */
    public static final TopicDefinition<String, CurrentPrice> CURRENT_PRICE_SINK_DEAD_LETTERS = new TopicDefinition<>(
            "market.current-prices.v1.dlt",
            Serdes.String(),
            JsonSerde.of(CurrentPrice.class),
            1,
            false,
            TopicDefinition.KEEP_FOREVER,
            "current prices the projector's sink could not write, with the exception in headers");

    /**
     * Users who deleted their account, keyed by user id, newest entry per user: other services erase
     * what they keep of that user. Compacted and kept, so a service that starts later still learns of
     * every deletion.
     */
    public static final TopicDefinition<String, UserDeleted> USER_DELETED = new TopicDefinition<>(
            "identity.user-deleted.v1",
            Serdes.String(),
            JsonSerde.of(UserDeleted.class),
            3,
            true,
            TopicDefinition.KEEP_FOREVER,
            "users who deleted their account, keyed by user id");

    /**
     * Source of record: every change of a user's transactions, keyed by user id, in commit order (written
     * through the API's outbox in the change's own database transaction). Kept forever, not compacted: each
     * event is a change, not the user's whole portfolio, so a projection rebuilt from the beginning needs
     * all of them; compaction by user would keep only the last change. A deleted account ends with an
     * {@code ERASED} event, after which consumers keep nothing of the user.
     */
    public static final TopicDefinition<String, TransactionsChanged> PORTFOLIO_TRANSACTIONS = new TopicDefinition<>(
            "portfolio.transactions.v1",
            Serdes.String(),
            JsonSerde.of(TransactionsChanged.class),
            6,
            false,
            TopicDefinition.KEEP_FOREVER,
            "every change of a user's transactions, keyed by user id");

    /**
     * Work for the ingestors' consumer group: one fetch of one symbol from one live source, keyed by
     * the symbol as the source knows it. Kept a week: a request not done by then is asked again by the
     * next run.
     */
    public static final TopicDefinition<String, FetchRequest> FETCH_REQUESTS = new TopicDefinition<>(
            "market.fetch-requests.v1",
            Serdes.String(),
            JsonSerde.of(FetchRequest.class),
            6,
            false,
            Duration.ofDays(7).toMillis(),
            "fetches for the ingestors to do, keyed by symbol");

    /**
     * The fetch requests done, keyed by {@link FetchRequest#id()}, newest entry per request: a request
     * already done is skipped (a second scheduler's, a resumed backfill's), and a backfill reads its
     * progress here.
     */
    public static final TopicDefinition<String, FetchDone> FETCHES_DONE = new TopicDefinition<>(
            "market.fetches-done.v1",
            Serdes.String(),
            JsonSerde.of(FetchDone.class),
            3,
            true,
            TopicDefinition.KEEP_FOREVER,
            "fetch requests done, keyed by request id, with what each yielded");

    public static final List<TopicDefinition<?, ?>> ALL = List.of(
            PRICE_TICKS,
            CORPORATE_ACTIONS,
            SYMBOLS,
            RECORDED_IMPORTS,
            PRICE_TICK_DEAD_LETTERS,
            INGEST_REJECTS,
            DAILY_BARS,
            LATEST_PRICES,
            DATA_GAPS,
            DATA_GAPS_DEAD_LETTERS,
            MARKET_DATA_GAPS,
            MARKET_DATA_GAPS_DEAD_LETTERS,
            DAILY_BAR_SINK_DEAD_LETTERS,
            LATEST_PRICE_SINK_DEAD_LETTERS,
            CORPORATE_ACTION_SINK_DEAD_LETTERS,
            CURRENT_PRICES,
            CURRENT_PRICE_SINK_DEAD_LETTERS,
            USER_DELETED,
            PORTFOLIO_TRANSACTIONS,
            FETCH_REQUESTS,
            FETCHES_DONE);

    private Topics() {}
}
