package dev.ollass.api.symbol;

import java.util.List;

/**
 * One page of a symbol search.
 *
 * @param page the page number, from 1
 * @param size the page size asked for (the last page may hold fewer items)
 * @param total how many symbols match in all
 */
public record SymbolPage(List<ListedSymbol> items, int page, int size, long total) {}
