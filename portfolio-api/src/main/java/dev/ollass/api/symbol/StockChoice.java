package dev.ollass.api.symbol;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One stock users can record, as the original's {@code GET /stocks} lists it ({@code StockList} items). */
@JsonPropertyOrder({"name_en", "name_kr", "code"})
public record StockChoice(
        @JsonProperty("name_en") String nameEn,
        @JsonProperty("name_kr") String nameKr,
        String code) {}
