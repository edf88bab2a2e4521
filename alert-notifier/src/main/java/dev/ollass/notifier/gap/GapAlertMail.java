package dev.ollass.notifier.gap;

import dev.ollass.contracts.market.PriceDataMissing;

/**
 * The wording of a missing-data e-mail. Subject and first line are the original's ("Stock Daily
 * 미수집", "<date> 날짜에 <code>가 수집되지 않았습니다."), which its operators filter on; the rest
 * is added context.
 */
public record GapAlertMail(String subject, String body) {

    public static GapAlertMail of(PriceDataMissing gap) {
        String lastSeen = gap.lastSeenDate() != null
                ? "The newest bar held is from " + gap.lastSeenDate() + "."
                : "No bar has ever been received for this symbol.";
        String body = gap.expectedDate() + " 날짜에 " + gap.symbol() + "가 수집되지 않았습니다.\n\n"
                + "Symbol: " + gap.symbol() + "\n"
                + "Expected trading date: " + gap.expectedDate() + "\n"
                + lastSeen + "\n"
                + "Detected at: " + gap.detectedAt() + "\n";
        return new GapAlertMail("Stock Daily 미수집", body);
    }
}
