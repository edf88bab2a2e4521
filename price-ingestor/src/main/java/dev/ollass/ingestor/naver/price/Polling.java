package dev.ollass.ingestor.naver.price;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One answer of Naver's polling API ({@code {"resultCode":"success","result":{"areas":[{"name":
 * "SERVICE_ITEM","datas":[{...}]}],"time":...}}}) as read, before anything in it is trusted.
 *
 * @param resultCode {@code resultCode}; null when absent
 * @param time {@code result.time}, milliseconds since the epoch; null when absent or not a whole number
 * @param areas {@code result.areas}; null when absent or not a list
 */
public record Polling(
        @Nullable String resultCode,
        @Nullable Long time,
        @Nullable List<Area> areas) {

    /**
     * @param datas {@code datas}; null when the area has none (Naver's answer when it knows no such
     *     code)
     */
    public record Area(@Nullable String name, @Nullable List<Data> datas) {}

    /**
     * One entry of {@code datas}.
     *
     * @param code {@code cd}
     * @param marketStatus {@code ms}
     * @param numbers every field whose value is a JSON number, by name ({@code nv}, {@code hv}, ...)
     */
    public record Data(@Nullable String code, @Nullable String marketStatus, Map<String, BigDecimal> numbers) {}
}
