package dev.ollass.notifier.gap.rules;

import dev.ollass.contracts.market.MarketDataGap;
import dev.ollass.contracts.market.MarketDataGap.SuspectPoint;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The wording of missing-data e-mails. An alert's subject starts as the original's did ("Stock Daily 미수집", or
 * "Index Daily 미수집" when only indices are missing), which its operators filter on, followed by the market, the
 * trading day and how many problems it names; its first line is the original's ("<date> 날짜에 <codes>가 수집되지
 * 않았습니다."), then every missing symbol, FX rate, index and suspect point, each list with its count.
 */
public final class GapWording {

    private GapWording() {}

    /** The alert for one market and trading day. */
    public static AlertMail alert(MarketDataGap gap) {
        String subject = label(gap) + ": " + gap.market() + " " + gap.tradingDay() + " (" + problems(gap) + ")";
        return new AlertMail(subject, alertText(gap), page(subject, alertHtml(gap)));
    }

    /** The note that a gap an alert was sent for is now filled. */
    public static AlertMail recovered(MarketDataGap resolved) {
        String subject = "Recovered: " + resolved.market() + " " + resolved.tradingDay() + " 수집 완료";
        return new AlertMail(subject, recoveredText(resolved), page(subject, recoveredHtml(resolved)));
    }

    /**
     * Several alerts and recoveries in one e-mail, in the order given. The subject starts with the first alert's
     * label, so filters on the original's subject still match.
     */
    public static AlertMail digest(List<MarketDataGap> alerts, List<MarketDataGap> recoveries) {
        String label = alerts.isEmpty() ? "Recovered" : label(alerts.getFirst());
        String subject = label + " digest: " + count(alerts.size(), "market-day") + " missing data, "
                + recoveries.size() + " recovered";
        var text = new StringBuilder();
        var html = new StringBuilder();
        text.append(count(alerts.size(), "market-day"))
                .append(" with missing data, ")
                .append(recoveries.size())
                .append(" recovered.\n");
        html.append("<p>")
                .append(escape(count(alerts.size(), "market-day")))
                .append(" with missing data, ")
                .append(recoveries.size())
                .append(" recovered.</p>\n");
        for (MarketDataGap gap : alerts) {
            String heading = label(gap) + ": " + gap.market() + " " + gap.tradingDay();
            text.append("\n== ").append(heading).append(" ==\n").append(alertText(gap));
            html.append("<h2>").append(escape(heading)).append("</h2>\n").append(alertHtml(gap));
        }
        for (MarketDataGap resolved : recoveries) {
            String heading = "Recovered: " + resolved.market() + " " + resolved.tradingDay();
            text.append("\n== ").append(heading).append(" ==\n").append(recoveredText(resolved));
            html.append("<h2>").append(escape(heading)).append("</h2>\n").append(recoveredHtml(resolved));
        }
        return new AlertMail(subject, text.toString(), page(subject, html.toString()));
    }

    /** The original's subject for what is missing first: stocks, then indices, then FX rates. */
    static String label(MarketDataGap gap) {
        if (!gap.missingSymbols().isEmpty()) {
            return "Stock Daily 미수집";
        }
        if (!gap.missingIndices().isEmpty()) {
            return "Index Daily 미수집";
        }
        if (!gap.missingFx().isEmpty()) {
            return "FX Daily 미수집";
        }
        return "Daily 의심 데이터";
    }

    private static String alertText(MarketDataGap gap) {
        var text = new StringBuilder();
        text.append(firstLine(gap)).append("\n\n");
        text.append("Market: ").append(gap.market()).append('\n');
        text.append("Trading day: ").append(gap.tradingDay()).append('\n');
        text.append("Problems: ").append(gap.problemCount()).append('\n');
        text.append(listLine("Missing symbols", gap.missingSymbols()));
        text.append(listLine("Missing FX rates", gap.missingFx()));
        text.append(listLine("Missing indices", gap.missingIndices()));
        text.append("Suspect points (").append(gap.suspectPoints().size()).append(')');
        if (gap.suspectPoints().isEmpty()) {
            text.append(": none\n");
        } else {
            text.append(":\n");
            gap.suspectPoints()
                    .forEach(point -> text.append("  - ").append(suspect(point)).append('\n'));
        }
        text.append("Detected at: ").append(gap.detectedAt()).append('\n');
        return text.toString();
    }

    private static String alertHtml(MarketDataGap gap) {
        var html = new StringBuilder();
        html.append("<p>").append(escape(firstLine(gap))).append("</p>\n<table>\n");
        row(html, "Market", escape(gap.market()));
        row(html, "Trading day", escape(gap.tradingDay().toString()));
        row(html, "Problems", Integer.toString(gap.problemCount()));
        row(html, heading("Missing symbols", gap.missingSymbols().size()), escape(joined(gap.missingSymbols())));
        row(html, heading("Missing FX rates", gap.missingFx().size()), escape(joined(gap.missingFx())));
        row(html, heading("Missing indices", gap.missingIndices().size()), escape(joined(gap.missingIndices())));
        String suspects = gap.suspectPoints().isEmpty()
                ? "none"
                : gap.suspectPoints().stream()
                        .map(point -> "<li>" + escape(suspect(point)) + "</li>")
                        .collect(Collectors.joining("", "<ul>", "</ul>"));
        row(html, heading("Suspect points", gap.suspectPoints().size()), suspects);
        row(html, "Detected at", escape(gap.detectedAt().toString()));
        return html.append("</table>\n").toString();
    }

    private static String recoveredText(MarketDataGap resolved) {
        return resolved.tradingDay() + " 날짜의 " + resolved.market() + " 데이터가 모두 수집되었습니다.\n\n"
                + "The gap reported for market " + resolved.market() + " on " + resolved.tradingDay()
                + " is filled: nothing is missing any more.\n"
                + "Resolved at: " + resolved.detectedAt() + "\n";
    }

    private static String recoveredHtml(MarketDataGap resolved) {
        return "<p>" + escape(resolved.tradingDay() + " 날짜의 " + resolved.market() + " 데이터가 모두 수집되었습니다.")
                + "</p>\n<p>"
                + escape("The gap reported for market " + resolved.market() + " on " + resolved.tradingDay()
                        + " is filled: nothing is missing any more.")
                + "</p>\n<p>Resolved at: " + escape(resolved.detectedAt().toString()) + "</p>\n";
    }

    /** The original's sentence, naming every missing code; for suspect points only, what is suspect. */
    private static String firstLine(MarketDataGap gap) {
        List<String> missing = new java.util.ArrayList<>(gap.missingSymbols());
        missing.addAll(gap.missingIndices());
        missing.addAll(gap.missingFx());
        if (missing.isEmpty()) {
            return gap.tradingDay() + " 날짜에 " + gap.market() + "의 의심 데이터가 있습니다.";
        }
        return gap.tradingDay() + " 날짜에 " + String.join(", ", missing) + "가 수집되지 않았습니다.";
    }

    private static String problems(MarketDataGap gap) {
        return count(gap.problemCount(), "problem");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String listLine(String name, List<String> codes) {
        return heading(name, codes.size()) + ": " + joined(codes) + "\n";
    }

    private static String heading(String name, int size) {
        return name + " (" + size + ")";
    }

    private static String joined(List<String> codes) {
        return codes.isEmpty() ? "none" : String.join(", ", codes);
    }

    private static String suspect(SuspectPoint point) {
        return point.code() + " (" + point.kind() + ") " + point.date() + ": "
                + point.reasons().stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static void row(StringBuilder html, String name, String escapedValue) {
        html.append("<tr><th align=\"left\">")
                .append(escape(name))
                .append("</th><td>")
                .append(escapedValue)
                .append("</td></tr>\n");
    }

    private static String page(String subject, String body) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(subject)
                + "</title></head>\n<body>\n" + body + "</body></html>\n";
    }

    static String escape(String text) {
        var escaped = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append((char) c);
            }
        });
        return escaped.toString();
    }
}
