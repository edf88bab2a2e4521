package dev.ollass.ingestor.naver;

import dev.ollass.ingestor.naver.price.DailyPriceTable;
import dev.ollass.ingestor.naver.price.DailyPrices;
import dev.ollass.ingestor.naver.price.NaverParseResult;
import dev.ollass.ingestor.naver.price.NaverRejectReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads Naver's daily price page ({@code finance.naver.com/item/sise_day.naver?code=005930&page=1})
 * with Jsoup into a {@link DailyPriceTable} and lets {@link DailyPrices} turn it into ticks. The page
 * is bytes in EUC-KR: they are decoded in the charset the HTTP response declares, else in the one the
 * page declares ({@code <meta charset=euc-kr>}), so the Korean header that proves the layout reads
 * right.
 */
public final class NaverDailyPriceParser {

    private static final String BASE_URI = "https://finance.naver.com/item/";
    private static final Pattern CODE_PARAMETER = Pattern.compile("[?&]code=([^&]*)");

    /**
     * @param body the response's bytes
     * @param declared the charset of the response's {@code Content-Type}, or null to take the page's own
     * @param code the stock code the page was asked for
     */
    public NaverParseResult parse(byte[] body, @Nullable Charset declared, String code, Instant observedAt) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(body), declared == null ? null : declared.name(), BASE_URI);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading bytes in memory cannot fail", e);
        }
        String raw = new String(body, page.charset());
        Element table = page.selectFirst("table.type2");
        if (table == null) {
            return NaverParseResult.rejected(NaverRejectReason.MALFORMED, "no daily price table (table.type2)", raw);
        }
        List<String> headers = table.select("tr > th").eachText();
        List<DailyPriceTable.Row> rows = table.select("tr").stream()
                .filter(tr -> tr.selectFirst("th") == null)
                .map(tr -> new DailyPriceTable.Row(
                        tr.children().stream()
                                .filter(cell -> cell.tagName().equals("td"))
                                .map(Element::text)
                                .toList(),
                        tr.outerHtml()))
                .toList();
        return DailyPrices.of(new DailyPriceTable(headers, rows, pageCode(page)), code, raw, observedAt);
    }

    /** The code of the page's own pager links: the stock the page is of. */
    private static @Nullable String pageCode(Document page) {
        for (Element link : page.select("table.Nnavi a[href]")) {
            Matcher matcher = CODE_PARAMETER.matcher(link.attr("href"));
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }
}
