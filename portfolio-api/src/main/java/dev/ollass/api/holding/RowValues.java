package dev.ollass.api.holding;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The computed columns of one complete transaction row of {@code GET /assetstock} (spec §5.2), in the
 * row's display currency: the currency its price was entered in, else the stock's (the original's USD
 * or KRW view). Amounts in another currency are converted with the USDKRW rate of the trade date for
 * what was paid and the latest rate for what it is worth now (the original compared a KRW price with a
 * USD value: §12.2 Q5, fixed).
 *
 * @param currentPrice {@code 현재가}: the latest price per today's share
 * @param tradeAmount {@code 거래금}: quantity × price as traded (the bar's close when no price was
 *     entered), fee not included
 * @param profitRate {@code 수익률} (%): for a buy, the latest price against the price paid per today's
 *     share; for a sell, its realized profit against the average cost of the shares it sold
 * @param profit {@code 수익금}: for a buy, (latest price − price paid) × the buy's shares still held
 *     (sells since take shares out of every open buy in proportion; a full sell closes them); for a sell,
 *     its realized profit (after its fee)
 * @param dividend {@code 배당금}: for a buy, the dividends its still-held shares received (ex-dates after
 *     the trade date); for a sell, 0. No default of 1.0 per share (§12.2 Q4, fixed)
 * @param open {@code 시가} of the trade date, per share as traded (the history divided back by the splits
 *     since), or {@code null} without a bar
 * @param volume {@code 거래량} of the trade date, or {@code null} without a bar
 * @param adjustedQuantity the quantity in today's share units (× the splits since the trade date)
 * @param heldQuantity of a buy, the shares (today's units) still held from it; of a sell, 0
 * @param splitFactor today's shares per share traded
 */
public record RowValues(
        long id,
        Currency displayCurrency,
        BigDecimal currentPrice,
        BigDecimal tradeAmount,
        BigDecimal profitRate,
        BigDecimal profit,
        BigDecimal dividend,
        @Nullable BigDecimal open,
        @Nullable BigDecimal high,
        @Nullable BigDecimal low,
        @Nullable BigDecimal close,
        @Nullable Long volume,
        BigDecimal adjustedQuantity,
        BigDecimal heldQuantity,
        BigDecimal splitFactor) {}
