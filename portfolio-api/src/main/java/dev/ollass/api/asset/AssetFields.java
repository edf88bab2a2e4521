package dev.ollass.api.asset;

import dev.ollass.api.database.PortfolioDatabase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The columns each user shows in the asset table ({@code asset_field}) and the original's rules for them (§2.3). */
@Repository
class AssetFields {

    static final List<String> REQUIRED = List.of("종목명", "매매", "수량", "매매일자");

    /** The original's 17 columns, then the added 메모 and 수수료. */
    static final List<String> ALLOWED = List.of(
            "종목명", "매매", "수량", "매매일자", "종가", "거래가", "계좌종류", "현재가", "배당금", "고가", "증권사", "저가", "시가", "수익률", "수익금", "거래금",
            "거래량", "메모", "수수료");

    static final List<String> DEFAULT = List.of("종목명", "매매", "수량", "매매일자", "거래가", "현재가", "수익률", "수익금", "배당금");

    private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AssetFields(@PortfolioDatabase JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The user's columns; the defaults, stored, when the user has none yet (as the original did). */
    List<String> of(long userId) {
        Optional<String> stored = stored(userId);
        if (stored.isPresent()) {
            return json.readValue(stored.get(), LIST);
        }
        jdbc.sql("INSERT IGNORE INTO asset_field (user_id, field_preference) VALUES (?, ?)")
                .params(userId, json.writeValueAsString(DEFAULT))
                .update();
        return DEFAULT;
    }

    /** The user's columns if stored, else the defaults, without storing them. */
    List<String> shown(long userId) {
        return stored(userId).map(text -> json.readValue(text, LIST)).orElse(DEFAULT);
    }

    /** Stores the columns, whether or not the user had any (the original failed without a prior GET, Q14). */
    void replace(long userId, List<String> fields) {
        String text = json.writeValueAsString(fields);
        jdbc.sql("""
                        INSERT INTO asset_field (user_id, field_preference) VALUES (?, ?)
                        ON DUPLICATE KEY UPDATE field_preference = VALUES(field_preference)
                        """).params(userId, text).update();
    }

    private Optional<String> stored(long userId) {
        return jdbc.sql("SELECT field_preference FROM asset_field WHERE user_id = ?")
                .param(userId)
                .query(String.class)
                .optional();
    }

    /** The original's refusal of a column list, checks in its order; empty when the list is fine. */
    static Optional<String> refusal(List<String> fields) {
        if (fields.isEmpty()) {
            return Optional.of("빈 배열을 받았습니다. 필수 필드가 포함되어 있어야 합니다.");
        }
        if (!fields.containsAll(REQUIRED)) {
            return Optional.of(python(REQUIRED) + "가 모두 포함되어 있어야 합니다.");
        }
        List<String> duplicates = duplicates(fields);
        if (!duplicates.isEmpty()) {
            return Optional.of("중복된 필드가 있습니다: " + python(duplicates));
        }
        if (!ALLOWED.containsAll(fields)) {
            return Optional.of("필드: " + python(ALLOWED) + " 만 허용합니다.");
        }
        if (!fields.subList(0, REQUIRED.size()).equals(REQUIRED)) {
            return Optional.of("필수 필드의 순서는 " + python(REQUIRED) + "와 같아야 합니다.");
        }
        return Optional.empty();
    }

    private static List<String> duplicates(List<String> fields) {
        var seen = new LinkedHashSet<String>();
        var twice = new LinkedHashSet<String>();
        for (String field : fields) {
            if (!seen.add(field)) {
                twice.add(field);
            }
        }
        return new ArrayList<>(twice);
    }

    /** A list as the original's messages print it (Python's list repr). */
    private static String python(List<String> values) {
        return values.stream().map(value -> "'" + value + "'").collect(Collectors.joining(", ", "[", "]"));
    }
}
