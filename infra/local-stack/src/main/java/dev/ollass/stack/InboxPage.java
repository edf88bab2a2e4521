package dev.ollass.stack;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The inbox as one self-refreshing HTML page, newest e-mail first: each e-mail's text, and its HTML part (if any) in a
 * sandboxed frame; every value is escaped.
 */
final class InboxPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private InboxPage() {}

    static String render(List<ReceivedMail> mails) {
        var html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="refresh" content="10">
                <title>Ollass inbox</title>
                <style>
                body { font-family: system-ui, sans-serif; margin: 2em; }
                article { border-top: 1px solid #ccc; padding: .5em 0; }
                dl { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; margin: 0; }
                dt { color: #666; }
                dd { margin: 0; }
                pre { white-space: pre-wrap; background: #f6f6f6; padding: .5em; }
iframe { width: 100%; height: 24em; border: 1px solid #ccc; }
                </style>
                </head>
                <body>
                """);
        html.append("<h1>Ollass inbox (").append(mails.size()).append(")</h1>\n");
        if (mails.isEmpty()) {
            html.append("<p>No e-mail received yet. This page refreshes every 10 seconds.</p>\n");
        }
        for (int i = mails.size() - 1; i >= 0; i--) {
            appendMail(html, mails.get(i));
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void appendMail(StringBuilder html, ReceivedMail mail) {
        html.append("<article>\n<dl>\n");
        appendField(html, "Time", TIME.format(mail.receivedAt().atZone(ZoneId.systemDefault())));
        appendField(html, "From", mail.from());
        appendField(html, "To", String.join(", ", mail.to()));
        appendField(html, "Subject", mail.subject());
        html.append("</dl>\n<pre>").append(escape(mail.body())).append("</pre>\n");
        if (!mail.html().isBlank()) {
            // The HTML part as the recipient's mail reader shows it; sandboxed: no scripts, forms or navigation.
            html.append("<details><summary>HTML part</summary><iframe sandbox srcdoc=\"")
                    .append(escape(mail.html()))
                    .append("\"></iframe></details>\n");
        }
        html.append("</article>\n");
    }

    private static void appendField(StringBuilder html, String name, String value) {
        html.append("<dt>")
                .append(name)
                .append("</dt><dd>")
                .append(escape(value))
                .append("</dd>\n");
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
