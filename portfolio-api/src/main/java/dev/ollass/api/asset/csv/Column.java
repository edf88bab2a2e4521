package dev.ollass.api.asset.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a transactions spreadsheet: the Korean name written on export, and the names a header
 * may use on import (compared in lower case, without blanks, underscores or hyphens).
 */
public enum Column {
    TRADE_DATE("매매일자", "매매일자", "매매일", "거래일", "거래일자", "일자", "날짜", "date", "tradedate", "tradeday"),
    CODE("주식코드", "주식코드", "종목코드", "코드", "종목", "symbol", "ticker", "code", "stockcode"),
    SIDE("매매", "매매", "구분", "매매구분", "거래구분", "side", "type", "trade", "action"),
    QUANTITY("수량", "수량", "거래수량", "주식수", "quantity", "qty", "shares"),
    PRICE("거래가", "거래가", "단가", "거래단가", "매매가", "가격", "price", "tradeprice", "unitprice"),
    CURRENCY("주식통화", "주식통화", "통화", "currency", "ccy"),
    ACCOUNT("계좌종류", "계좌종류", "계좌", "계좌유형", "account", "accounttype"),
    BROKER("증권사", "증권사", "broker", "bank", "investmentbank"),
    MEMO("메모", "메모", "비고", "memo", "note", "notes", "comment"),
    FEE("수수료", "수수료", "fee", "fees", "commission"),
    /** Addition: TRADE, or the cash flow a row is (DEPOSIT, WITHDRAWAL, DIVIDEND, TAX); absent is a trade. */
    KIND("거래유형", "거래유형", "유형", "kind", "transactiontype", "cashflow");

    private final String korean;
    private final List<String> aliases;

    Column(String korean, String... aliases) {
        this.korean = korean;
        this.aliases = List.of(aliases);
    }

    /** The name written on export. */
    public String korean() {
        return korean;
    }

    /** The column a header cell names, if any. */
    public static Optional<Column> named(String header) {
        String key = normalize(header);
        for (Column column : values()) {
            if (column.aliases.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    static String normalize(String header) {
        return header.replace("\uFEFF", "").replaceAll("[\\s_\\-.]", "").toLowerCase(Locale.ROOT);
    }
}
