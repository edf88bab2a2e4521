package dev.ollass.api.symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the chart projector's {@code stock} table, read-only. */
@Component
class StockReader {

    private static final String COLUMNS = "code, name_kr, name_en, country, market_index, yahoo_ticker";

    private final JdbcClient jdbc;

    StockReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The stocks the original offered: country exactly {@code Korea} or {@code USA}. The original
     * gave no order; Korea then USA (as it seeded them), each by code, makes the answer stable.
     */
    List<StockChoice> koreanAndUsStocks() {
        return jdbc.sql("SELECT name_en, name_kr, code FROM stock WHERE country IN ('Korea', 'USA')"
                        + " ORDER BY country, code")
                .query((rs, row) ->
                        new StockChoice(rs.getString("name_en"), rs.getString("name_kr"), rs.getString("code")))
                .list();
    }

    /** The country labels the universe holds. */
    List<String> countries() {
        return jdbc.sql("SELECT DISTINCT country FROM stock ORDER BY country")
                .query(String.class)
                .list();
    }

    /**
     * One page of matches: an exact code first, then codes that start with the text, then the
     * rest; by code within each, so that pages never overlap.
     */
    SymbolPage search(SymbolSearch search) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        String text = search.text() == null ? null : search.text().toLowerCase(Locale.ROOT);
        if (text != null) {
            where.append(" AND (LOWER(code) LIKE ? ESCAPE '!' OR LOWER(name_kr) LIKE ? ESCAPE '!'"
                    + " OR LOWER(name_en) LIKE ? ESCAPE '!')");
            String contains = "%" + likeEscaped(text) + "%";
            params.addAll(List.of(contains, contains, contains));
        }
        if (search.country() != null) {
            where.append(" AND country = ?");
            params.add(search.country());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM stock" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        String order = " ORDER BY code";
        if (text != null) {
            order = " ORDER BY CASE WHEN LOWER(code) = ? THEN 0 WHEN LOWER(code) LIKE ? ESCAPE '!' THEN 1 ELSE 2 END,"
                    + " code";
            pageParams.add(text);
            pageParams.add(likeEscaped(text) + "%");
        }
        pageParams.add(search.size());
        pageParams.add(search.offset());
        List<ListedSymbol> items = jdbc.sql("SELECT " + COLUMNS + " FROM stock" + where + order + " LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, row) -> new ListedSymbol(
                        rs.getString("code"),
                        rs.getString("name_kr"),
                        rs.getString("name_en"),
                        rs.getString("country"),
                        rs.getString("market_index"),
                        rs.getString("yahoo_ticker")))
                .list();
        return new SymbolPage(items, search.page(), search.size(), total);
    }

    /** The text matched literally: {@code %} and {@code _} are no wildcards in a search. */
    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
