package dev.ollass.api.asset.csv;

/**
 * Something wrong (or ignored) in a spreadsheet.
 *
 * @param row the row as a spreadsheet numbers it: the header is row 1, the first transaction row 2
 * @param column the column as the file's header names it, or {@code ""} for the whole row or file
 * @param reason what is wrong, for a person
 */
public record CsvProblem(int row, String column, String reason) {}
