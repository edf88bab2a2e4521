package dev.ollass.api.asset;

import dev.ollass.api.asset.AssetTable.Group;
import dev.ollass.api.asset.AssetTable.Parent;
import dev.ollass.api.asset.AssetTable.Row;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link AssetTable} exactly as the application's {@link JsonMapper} writes it (its generator, so its
 * settings; {@code AssetTableJsonTest} holds the two equal), one token after the other. A 10,000-line table is
 * 230,000 values: databind's per-property lookups and reflective reads were about half of its serializing time
 * on the path of a cold {@code GET /assetstock}.
 */
final class AssetTableJson {

    private static final SerializableString STOCK_ASSETS = name("stock_assets");
    private static final SerializableString ASSET_FIELDS = name("asset_fields");
    private static final SerializableString TOTAL_ASSET_AMOUNT = name("total_asset_amount");
    private static final SerializableString TOTAL_INVEST_AMOUNT = name("total_invest_amount");
    private static final SerializableString TOTAL_PROFIT_RATE = name("total_profit_rate");
    private static final SerializableString TOTAL_PROFIT_AMOUNT = name("total_profit_amount");
    private static final SerializableString TOTAL_DIVIDEND_AMOUNT = name("total_dividend_amount");
    private static final SerializableString DOLLAR_EXCHANGE = name("dollar_exchange");
    private static final SerializableString WON_EXCHANGE = name("won_exchange");
    private static final SerializableString TOTAL_REALIZED_PROFIT_AMOUNT = name("total_realized_profit_amount");
    private static final SerializableString TOTAL_DEPOSIT_AMOUNT = name("total_deposit_amount");
    private static final SerializableString TOTAL_WITHDRAWAL_AMOUNT = name("total_withdrawal_amount");
    private static final SerializableString NET_CONTRIBUTION_AMOUNT = name("net_contribution_amount");
    private static final SerializableString TOTAL_RECEIVED_DIVIDEND_AMOUNT = name("total_received_dividend_amount");
    private static final SerializableString TOTAL_TAX_AMOUNT = name("total_tax_amount");

    private static final SerializableString PARENT = name("parent");
    private static final SerializableString SUB = name("sub");

    private static final SerializableString ID = name("id");
    private static final SerializableString TRADE_PRICE = name("거래가");
    private static final SerializableString TRADE_AMOUNT = name("거래금");
    private static final SerializableString VOLUME = name("거래량");
    private static final SerializableString ACCOUNT_TYPE = name("계좌종류");
    private static final SerializableString HIGH = name("고가");
    private static final SerializableString TRADE_DATE = name("매매일자");
    private static final SerializableString DIVIDEND = name("배당금");
    private static final SerializableString QUANTITY = name("수량");
    private static final SerializableString PROFIT = name("수익금");
    private static final SerializableString PROFIT_RATE = name("수익률");
    private static final SerializableString CLOSE = name("종가");
    private static final SerializableString OPEN = name("시가");
    private static final SerializableString LOW = name("저가");
    private static final SerializableString NAME = name("종목명");
    private static final SerializableString CODE = name("주식코드");
    private static final SerializableString CURRENCY = name("주식통화");
    private static final SerializableString INVESTMENT_BANK = name("증권사");
    private static final SerializableString CURRENT_PRICE = name("현재가");
    private static final SerializableString TRADE = name("매매");
    private static final SerializableString MEMO = name("메모");
    private static final SerializableString FEE = name("수수료");
    private static final SerializableString KIND = name("거래유형");
    private static final SerializableString AVERAGE_COST = name("평균단가");
    private static final SerializableString REALIZED_PROFIT = name("실현수익금");
    private static final SerializableString INVESTED = name("투자금");
    private static final SerializableString MARKET_VALUE = name("평가금");

    /** Room for a plain decimal of up to 18 digits: sign, "0.", 18 digits. */
    static final int PLAIN_ROOM = 24;

    /** Per thread, as the generator's own buffers are: the table's 230,000 numbers then make no string each. */
    private static final ThreadLocal<char[]> DIGITS = ThreadLocal.withInitial(() -> new char[PLAIN_ROOM]);

    private AssetTableJson() {}

    /** Writes {@code table} to {@code out} and closes it, as {@code json.writeValue(out, table)} does. */
    static void write(JsonMapper json, AssetTable table, OutputStream out) {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeName(STOCK_ASSETS);
            g.writeStartArray();
            for (Group group : table.stockAssets()) {
                g.writeStartObject();
                g.writeName(PARENT);
                parent(g, group.parent());
                g.writeName(SUB);
                g.writeStartArray();
                for (Row row : group.sub()) {
                    row(g, row);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName(ASSET_FIELDS);
            strings(g, table.assetFields());
            number(g, TOTAL_ASSET_AMOUNT, table.totalAssetAmount());
            number(g, TOTAL_INVEST_AMOUNT, table.totalInvestAmount());
            number(g, TOTAL_PROFIT_RATE, table.totalProfitRate());
            number(g, TOTAL_PROFIT_AMOUNT, table.totalProfitAmount());
            number(g, TOTAL_DIVIDEND_AMOUNT, table.totalDividendAmount());
            number(g, DOLLAR_EXCHANGE, table.dollarExchange());
            number(g, WON_EXCHANGE, table.wonExchange());
            number(g, TOTAL_REALIZED_PROFIT_AMOUNT, table.totalRealizedProfitAmount());
            number(g, TOTAL_DEPOSIT_AMOUNT, table.totalDepositAmount());
            number(g, TOTAL_WITHDRAWAL_AMOUNT, table.totalWithdrawalAmount());
            number(g, NET_CONTRIBUTION_AMOUNT, table.netContributionAmount());
            number(g, TOTAL_RECEIVED_DIVIDEND_AMOUNT, table.totalReceivedDividendAmount());
            number(g, TOTAL_TAX_AMOUNT, table.totalTaxAmount());
            g.writeEndObject();
        }
    }

    private static void parent(JsonGenerator g, Parent parent) {
        g.writeStartObject();
        string(g, NAME, parent.name());
        number(g, PROFIT_RATE, parent.profitRate());
        number(g, PROFIT, parent.profit());
        number(g, DIVIDEND, parent.dividend());
        number(g, QUANTITY, parent.quantity());
        string(g, CODE, parent.code());
        string(g, CURRENCY, parent.currency());
        number(g, AVERAGE_COST, parent.averageCost());
        number(g, REALIZED_PROFIT, parent.realizedProfit());
        number(g, INVESTED, parent.invested());
        number(g, MARKET_VALUE, parent.marketValue());
        g.writeEndObject();
    }

    private static void row(JsonGenerator g, Row row) {
        g.writeStartObject();
        g.writeName(ID);
        g.writeNumber(row.id());
        number(g, TRADE_PRICE, row.tradePrice());
        number(g, TRADE_AMOUNT, row.tradeAmount());
        g.writeName(VOLUME);
        if (row.volume() == null) {
            g.writeNull();
        } else {
            g.writeNumber(row.volume().longValue());
        }
        string(g, ACCOUNT_TYPE, row.accountType());
        number(g, HIGH, row.high());
        date(g, TRADE_DATE, row.tradeDate());
        number(g, DIVIDEND, row.dividend());
        number(g, QUANTITY, row.quantity());
        number(g, PROFIT, row.profit());
        number(g, PROFIT_RATE, row.profitRate());
        number(g, CLOSE, row.close());
        number(g, OPEN, row.open());
        number(g, LOW, row.low());
        string(g, NAME, row.name());
        string(g, CODE, row.code());
        string(g, CURRENCY, row.currency());
        string(g, INVESTMENT_BANK, row.investmentBank());
        number(g, CURRENT_PRICE, row.currentPrice());
        string(g, TRADE, row.trade());
        string(g, MEMO, row.memo());
        number(g, FEE, row.fee());
        string(g, KIND, row.kind());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, SerializableString name, @Nullable BigDecimal value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
            return;
        }
        char[] digits = DIGITS.get();
        int start = plain(value, digits);
        if (start < 0) {
            g.writeNumber(value);
        } else {
            g.writeNumber(digits, start, digits.length - start);
        }
    }

    /**
     * Writes {@code value.toPlainString()} into the end of {@code into} (at least {@link #PLAIN_ROOM} long) and
     * answers where it starts; -1 (nothing written) when the value has more than 18 digits or a negative scale,
     * which {@code toPlainString} then writes. {@code toPlainString} builds three strings per number on the way
     * (digits, digits with the point, the copy): a tenth of a cold {@code GET /assetstock}.
     */
    static int plain(BigDecimal value, char[] into) {
        int scale = value.scale();
        if (scale < 0 || scale > 18 || value.precision() > 18) {
            return -1;
        }
        long unscaled = value.unscaledValue().longValueExact();
        long rest = Math.abs(unscaled);
        int at = into.length;
        for (int i = 0; i < scale; i++) {
            into[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        if (scale > 0) {
            into[--at] = '.';
        }
        do {
            into[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        if (unscaled < 0) {
            into[--at] = '-';
        }
        return at;
    }

    private static void string(JsonGenerator g, SerializableString name, @Nullable String value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private static void date(JsonGenerator g, SerializableString name, @Nullable LocalDate value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.toString());
        }
    }

    private static void strings(JsonGenerator g, List<String> values) {
        g.writeStartArray();
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static SerializableString name(String name) {
        return new SerializedString(name);
    }
}
