package dev.ollass.api.symbol;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One page of a symbol search.
 *
 * @param page the page number, from 1
 * @param size the page size asked for (the last page may hold fewer items)
 * @param total how many symbols match in all
 */
@JsonPropertyOrder({"items", "page", "size", "total"})
public record SymbolPage(List<ListedSymbol> items, int page, int size, long total) {}
