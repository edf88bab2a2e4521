package dev.ollass.projector.audit.rules;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * One market as the audit checks it: its exchange zone, the benchmark index whose bars say which past
 * days were trading days, and the series the ingestor collects for it.
 *
 * @param code the market's code in events ({@code KR}, {@code US})
 * @param zone the exchange's time zone: trading days and "due" are local to it
 * @param benchmarkIndex the index code whose bars define the past trading days ({@code KS11})
 * @param dueAfter local time after which a trading day's data is expected to exist
 * @param symbols the stock codes collected for this market
 * @param fx the currency pairs checked on this market's trading days ({@code USDKRW})
 * @param indices the index codes collected for this market (the benchmark among them, or it is not
 *     reported when missing)
 */
public record AuditedMarket(
        String code,
        ZoneId zone,
        String benchmarkIndex,
        LocalTime dueAfter,
        List<String> symbols,
        List<String> fx,
        List<String> indices) {

    public AuditedMarket {
        symbols = List.copyOf(symbols);
        fx = List.copyOf(fx);
        indices = List.copyOf(indices);
    }
}
