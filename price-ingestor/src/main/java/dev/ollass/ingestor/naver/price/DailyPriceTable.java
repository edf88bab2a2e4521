package dev.ollass.ingestor.naver.price;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The daily price table of {@code item/sise_day.naver} ({@code table.type2}) as read, every cell as
 * its text, before anything in it is trusted.
 *
 * @param headers the texts of the header cells, in order
 * @param rows every other row of the table, spacer rows included
 * @param pageCode the stock code the page's own links name ({@code code=} of the pager), null when
 *     it has none
 */
public record DailyPriceTable(
        List<String> headers, List<Row> rows, @Nullable String pageCode) {

    /**
     * @param cells the text of each cell
     * @param html the row as it appears in the page, the raw payload of its rejection
     */
    public record Row(List<String> cells, String html) {}
}
