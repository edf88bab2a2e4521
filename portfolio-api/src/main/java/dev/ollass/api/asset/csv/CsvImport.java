package dev.ollass.api.asset.csv;

import java.util.List;

/**
 * What a spreadsheet held: its transactions, the errors that keep it from being imported (all or
 * nothing), and warnings (columns not understood, ignored).
 */
public record CsvImport(List<Line> lines, List<CsvProblem> errors, List<CsvProblem> warnings) {

    public CsvImport {
        lines = List.copyOf(lines);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Whether the file can be imported: no error in any row. */
    public boolean ok() {
        return errors.isEmpty();
    }

    /** The transactions, in file order. */
    public List<CsvTransaction> transactions() {
        return lines.stream().map(Line::transaction).toList();
    }

    /**
     * A transaction with the row it came from.
     *
     * @param row as a spreadsheet numbers it (header = 1)
     */
    public record Line(int row, CsvTransaction transaction) {}
}
