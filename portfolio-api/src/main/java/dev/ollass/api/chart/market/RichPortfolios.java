package dev.ollass.api.chart.market;

import dev.ollass.api.chart.market.calc.RichCharts.Investor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The famous investors' reported holdings, loaded once at start from the original's files (copied byte for
 * byte into {@code chart/rich/}: {@code {"<US ticker>": <share count>}}). They are data of the API, not
 * users: nobody can sign in as an investor, and they appear in no user query.
 */
@Component
class RichPortfolios {

    /** The original's investors (its {@code RichPeople}) in its order, with their files (Dalio's misspelled there). */
    static final Map<String, String> FILES = orderedFiles();

    private final List<Investor> investors;

    RichPortfolios(JsonMapper json) {
        this.investors = FILES.entrySet().stream()
                .map(entry -> new Investor(entry.getKey(), read(json, "chart/rich/" + entry.getValue())))
                .toList();
    }

    List<Investor> investors() {
        return investors;
    }

    private static Map<String, BigDecimal> read(JsonMapper json, String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, new TypeReference<LinkedHashMap<String, BigDecimal>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }

    private static Map<String, String> orderedFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("warren-buffett", "warren-buffett.json");
        files.put("bill-ackman", "bill-ackman.json");
        files.put("ray-dalio", "ray-dailo.json");
        files.put("george-soros", "george-soros.json");
        files.put("david-tepper", "david-tepper.json");
        files.put("john-paulson", "john-paulson.json");
        files.put("nelson-peltz", "nelson-peltz.json");
        return java.util.Collections.unmodifiableMap(files);
    }
}
