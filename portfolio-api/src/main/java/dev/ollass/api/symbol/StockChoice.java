package dev.ollass.api.symbol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One stock users can record, as the original's {@code GET /stocks} lists it, its members in the original's order. */
public record StockChoice(
        @JsonProperty("name_en") String nameEn,
        @JsonProperty("name_kr") String nameKr,
        String code) {}
